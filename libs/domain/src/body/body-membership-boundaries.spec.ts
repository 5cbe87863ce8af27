/**
 * The edges of a membership's dates, on both sides, for an invented board. A membership runs from
 * the day of admission up to, not including, the day its withdrawal takes effect; so a membership
 * may end on the day it began, and a new one may begin on the day the last one ended, but no earlier.
 */
import { RuleViolated } from '../shared/domain-error';
import type { DomainRuleCode } from '../shared/domain-error-codes';
import type { DecisionReference } from '../shared/references';
import { specify, type Then } from '../testing/given-when-then';
import type { BodyCommand } from './body.commands';
import { bodyDecider } from './body.decider';
import type { BodyEvent } from './body.events';

const { given } = specify(bodyDecider);

const BOARD = 'test-board';
const COUNCIL = 'hollin-parish-council';
const COUNCIL_NAME = 'Hollin Parish Council';
const decision: DecisionReference = { meetingId: 'test-board-2031-03-04', itemNumber: '7', part: 'b' };

const established: BodyEvent = { type: 'BodyEstablished', data: { bodyId: BOARD, name: 'Test Board', shortName: 'TB' } };
const admitted = (inForceFrom: string): BodyEvent => ({
  type: 'MemberOrganisationAdmitted',
  data: { bodyId: BOARD, organisationId: COUNCIL, organisationName: COUNCIL_NAME, inForceFrom, decision },
});
const withdrawn = (inForceFrom: string): BodyEvent => ({
  type: 'MemberOrganisationWithdrawn',
  data: { bodyId: BOARD, organisationId: COUNCIL, inForceFrom, decision },
});
const admit = (inForceFrom: string): BodyCommand => ({
  type: 'AdmitMemberOrganisation',
  data: { bodyId: BOARD, organisationId: COUNCIL, organisationName: COUNCIL_NAME, inForceFrom, decision },
});
const withdraw = (inForceFrom: string): BodyCommand => ({
  type: 'WithdrawMemberOrganisation',
  data: { bodyId: BOARD, organisationId: COUNCIL, inForceFrom, decision },
});

/** The refusal is a broken rule of the board's governance, with exactly this code. */
function refusedBy(then: Then<BodyEvent>, code: DomainRuleCode): void {
  expect(then.thenFails(code)).toBeInstanceOf(RuleViolated);
}

describe('A membership ends no earlier than the day it began', () => {
  it('ends on the very day it began (the council was a member on no day)', () => {
    given(established, admitted('2031-04-01')).when(withdraw('2031-04-01')).then(withdrawn('2031-04-01'));
  });

  it('ends the day after it began (a member for that one day)', () => {
    given(established, admitted('2031-04-01')).when(withdraw('2031-04-02')).then(withdrawn('2031-04-02'));
  });

  it('does not end the day before it began', () => {
    refusedBy(given(established, admitted('2031-04-01')).when(withdraw('2031-03-31')), 'WITHDRAWAL_BEFORE_ADMISSION');
  });
});

describe('A former member is readmitted from the day its last membership ended, not before', () => {
  it('is readmitted on the day its withdrawal took effect, so the memberships meet without a gap', () => {
    given(established, admitted('2031-04-01'), withdrawn('2031-09-01')).when(admit('2031-09-01')).then(admitted('2031-09-01'));
  });

  it('is not readmitted the day before its withdrawal took effect, when it was still a member', () => {
    refusedBy(given(established, admitted('2031-04-01'), withdrawn('2031-09-01')).when(admit('2031-08-31')), 'MEMBERSHIP_PERIODS_OVERLAP');
  });

  it('is readmitted the day after its withdrawal took effect', () => {
    given(established, admitted('2031-04-01'), withdrawn('2031-09-01')).when(admit('2031-09-02')).then(admitted('2031-09-02'));
  });

  it('admitted, withdrawn and readmitted all on one day: each step is taken', () => {
    given(established).when(admit('2031-04-01')).then(admitted('2031-04-01'));
    given(established, admitted('2031-04-01')).when(withdraw('2031-04-01')).then(withdrawn('2031-04-01'));
    given(established, admitted('2031-04-01'), withdrawn('2031-04-01')).when(admit('2031-04-01')).then(admitted('2031-04-01'));
  });

  it('after a membership that began and ended on one day, is not readmitted the day before', () => {
    refusedBy(given(established, admitted('2031-04-01'), withdrawn('2031-04-01')).when(admit('2031-03-31')), 'MEMBERSHIP_PERIODS_OVERLAP');
  });

  it('while readmitted the same day, is a member again, so is neither admitted again nor kept from being withdrawn', () => {
    const history = [established, admitted('2031-04-01'), withdrawn('2031-04-01'), admitted('2031-04-01')];
    refusedBy(given(...history).when(admit('2031-04-02')), 'MEMBER_ALREADY_ADMITTED');
    given(...history)
      .when(withdraw('2031-04-01'))
      .then(withdrawn('2031-04-01'));
  });

  it('is judged against its latest membership, not its first', () => {
    const twice = [established, admitted('2031-01-01'), withdrawn('2031-02-01'), admitted('2031-06-01'), withdrawn('2031-07-01')];
    given(...twice)
      .when(admit('2031-07-01'))
      .then(admitted('2031-07-01'));
    refusedBy(given(...twice).when(admit('2031-06-30')), 'MEMBERSHIP_PERIODS_OVERLAP');
  });
});
