import type { DomainCommand } from '@ledger/domain';
import { canonicalJson, importCommandId } from './command-identity';

const noted: DomainCommand = {
  type: 'RecordMinuteText',
  data: {
    meetingId: 'lscsb-2019-06-14',
    itemNumber: '5',
    paragraphs: ['There were no matters arising.'],
    points: [],
    recordedAt: '2019-06-14T00:00:00+01:00',
  },
};

describe('the id of an imported command', () => {
  it('depends on the body and the content, not on the order of keys', () => {
    const reordered = {
      data: {
        points: [],
        recordedAt: '2019-06-14T00:00:00+01:00',
        paragraphs: ['There were no matters arising.'],
        itemNumber: '5',
        meetingId: 'lscsb-2019-06-14',
      },
      type: 'RecordMinuteText',
    } as DomainCommand;
    expect(canonicalJson(reordered)).toBe(canonicalJson(noted));
    expect(importCommandId('lscsb', reordered)).toBe(importCommandId('lscsb', noted));
  });

  it('changes when the content or the body changes', () => {
    const corrected = {
      ...noted,
      data: { ...noted.data, paragraphs: ['There were no matters arising from the minutes.'] },
    } as DomainCommand;
    expect(importCommandId('lscsb', corrected)).not.toBe(importCommandId('lscsb', noted));
    expect(importCommandId('lrscsb', noted)).not.toBe(importCommandId('lscsb', noted));
  });
});
