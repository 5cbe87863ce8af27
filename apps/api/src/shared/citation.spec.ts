import type { EstablishedBody } from '@ledger/domain';
import { citationOf, itemIdOf, longDate, partIdOf } from './citation';

const body = {
  status: 'established',
  bodyId: 'fernmoor-csp',
  names: [
    { name: 'Fernmoor Community Safety Partnership', shortName: 'FCSP' },
    { name: 'Fernmoor and Dale Community Safety Partnership', shortName: 'FDCSP', inForceFrom: '2024-04-01' },
  ],
} as unknown as EstablishedBody;

describe('citations and ids', () => {
  it('writes dates as minutes print them', () => {
    expect(longDate('2018-12-10')).toBe('10 December 2018');
    expect(longDate('2024-01-01')).toBe('1 January 2024');
  });

  it("cites by the body's short name on the day, the day, and the minute with the part's letter", () => {
    const item = { meetingId: 'fernmoor-csp-2024-03-14', heldOn: '2024-03-14', number: '36' };
    expect(citationOf(body, item, 'b')).toBe('FCSP 14 March 2024, minute 36(b)');
    expect(citationOf(body, item)).toBe('FCSP 14 March 2024, minute 36');
    expect(citationOf(body, { ...item, heldOn: '2024-04-01' })).toBe('FDCSP 1 April 2024, minute 36');
  });

  it('cites the printed minute number where it differs from the number the item is held by', () => {
    expect(citationOf(body, { meetingId: 'm', heldOn: '2024-03-14', number: '5', minuteNumber: '41' }, 'a')).toBe(
      'FCSP 14 March 2024, minute 41(a)',
    );
  });

  it('leaves the short name out when the body is not known', () => {
    expect(citationOf(undefined, { meetingId: 'm', heldOn: '2024-03-14', number: '5' })).toBe('14 March 2024, minute 5');
  });

  it('gives items and parts ids of their meeting, number and label', () => {
    expect(itemIdOf({ meetingId: 'fernmoor-csp-2024-03-14', number: '36' })).toBe('fernmoor-csp-2024-03-14/36');
    expect(partIdOf({ meetingId: 'fernmoor-csp-2024-03-14', number: '36' }, 'b')).toBe('fernmoor-csp-2024-03-14/36/b');
    expect(partIdOf({ meetingId: 'fernmoor-csp-2024-03-14', number: '36' }, undefined)).toBe('fernmoor-csp-2024-03-14/36/resolution');
  });
});
