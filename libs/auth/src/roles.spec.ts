import { type Caller, mayReadAuditTrail, mayRecord, mayRecordFor, PUBLIC_CALLER, ROLES, seesExemptBusiness } from './roles';

const caller = (role: Caller['role'], bodies?: string[]): Caller => ({ id: `${role}-1`, role, ...(bodies && { bodies }) });

describe('who may do what (README "Security model")', () => {
  it('knows the five roles, and a caller without a token is the public', () => {
    expect(ROLES).toEqual(['public', 'member', 'clerk', 'auditor', 'admin']);
    expect(PUBLIC_CALLER).toEqual({ id: 'public', role: 'public' });
  });

  // seesExempt: reads exempt (Schedule 12A) business; records: writes anything; audit: reads the raw events;
  // test-board / other-board: may record for that body.
  it.each<[string, Caller, { seesExempt: boolean; records: boolean; audit: boolean; testBoard: boolean; otherBoard: boolean }]>([
    ['the public', PUBLIC_CALLER, { seesExempt: false, records: false, audit: false, testBoard: false, otherBoard: false }],
    ['a member', caller('member'), { seesExempt: true, records: false, audit: false, testBoard: false, otherBoard: false }],
    [
      'a member whose token names bodies',
      caller('member', ['test-board']),
      { seesExempt: true, records: false, audit: false, testBoard: false, otherBoard: false },
    ],
    ['a clerk for every body', caller('clerk'), { seesExempt: true, records: true, audit: true, testBoard: true, otherBoard: true }],
    [
      'a clerk for test-board only',
      caller('clerk', ['test-board']),
      { seesExempt: true, records: true, audit: true, testBoard: true, otherBoard: false },
    ],
    [
      'a clerk whose token names no body at all',
      caller('clerk', []),
      { seesExempt: true, records: true, audit: true, testBoard: false, otherBoard: false },
    ],
    ['an auditor', caller('auditor'), { seesExempt: true, records: false, audit: true, testBoard: false, otherBoard: false }],
    [
      'an auditor whose token names bodies',
      caller('auditor', ['test-board']),
      { seesExempt: true, records: false, audit: true, testBoard: false, otherBoard: false },
    ],
    ['an admin', caller('admin'), { seesExempt: true, records: true, audit: true, testBoard: true, otherBoard: true }],
    [
      'an admin whose token names other bodies',
      caller('admin', ['other-board']),
      { seesExempt: true, records: true, audit: true, testBoard: true, otherBoard: true },
    ],
  ])('%s', (_, who, may) => {
    expect({
      seesExempt: seesExemptBusiness(who),
      records: mayRecord(who),
      audit: mayReadAuditTrail(who),
      testBoard: mayRecordFor(who, 'test-board'),
      otherBoard: mayRecordFor(who, 'other-board'),
    }).toEqual(may);
  });
});
