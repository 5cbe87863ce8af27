import fc from 'fast-check';
import type { BodyCommand } from '../body/body.commands';
import type { ClauseAmendment } from '../body/terms-of-reference';
import { bodyCommand } from './body.fixtures';
import { dayAfter2015 } from './property-harness';

const date = fc.integer({ min: 0, max: 4000 }).map(dayAfter2015);
const organisation = fc.constantFrom('police', 'rutland', 'opcc');
const office = fc.constantFrom('chair' as const, 'deputy-chair' as const);
const term = fc.constantFrom('2019/20', '2020/21');
const person = fc.constantFrom('Mr I. D. Ould OBE CC', 'Cllr M. Rickman', 'Mr C. Pugsley CC');
const clauseId = fc.constantFrom('1', '2', '3', '4');
const clause = fc.record({ id: clauseId, heading: fc.constantFrom('Purpose', 'Membership'), text: fc.constantFrom('a', 'b', 'c') });
const amendment: fc.Arbitrary<ClauseAmendment> = fc.oneof(
  fc.record({ change: fc.constant('replaced' as const), clauseId, text: fc.constantFrom('x', 'y') }),
  fc.record({ change: fc.constant('removed' as const), clauseId }),
  fc.record({ change: fc.constant('inserted' as const), clause, afterClauseId: fc.option(clauseId, { nil: null }) }),
);

const amendedClause = (a: ClauseAmendment) => (a.change === 'inserted' ? a.clause.id : a.clauseId);

const command: fc.Arbitrary<BodyCommand> = fc.oneof(
  fc.tuple(fc.constantFrom('Board A', 'Board B'), fc.constantFrom('A', 'B'), date).map(([n, s, d]) => bodyCommand.rename(n, s, d)),
  fc.tuple(organisation, date).map(([o, d]) => bodyCommand.admit(o, o.toUpperCase(), d)),
  fc.tuple(organisation, date).map(([o, d]) => bodyCommand.withdraw(o, d)),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.uniqueArray(clause, { selector: (c) => c.id, maxLength: 4 }), date)
    .map(([v, c, d]) => bodyCommand.adoptTor(v, c, d)),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.uniqueArray(amendment, { selector: amendedClause, maxLength: 2 }), date)
    .map(([v, a, d]) => bodyCommand.amendTor(v, a, d)),
  fc.tuple(office, term, person, date).map(([o, t, p, d]) => bodyCommand.elect(o, t, p, d)),
  fc.tuple(office, term, person, date).map(([o, t, p, d]) => bodyCommand.appoint(o, t, p, d, 'Cabinet')),
  fc.tuple(office, term, date).map(([o, t, d]) => bodyCommand.leaveVacant(o, t, d, 'No nominations')),
  fc.tuple(office, term, person, date).map(([o, t, p, d]) => bodyCommand.recordLeaving(o, t, p, d, 'Resigned')),
  fc
    .array(fc.constantFrom('2020-03-20T10:00:00Z', '2020-06-26T10:00:00+01:00'), { maxLength: 3 })
    .map((times) => bodyCommand.agreeDates(times)),
);
/** Any sequence of body commands after the body's establishment; the decider refuses some of them. */
export const bodyCommands = fc.array(command, { maxLength: 40 }).map((rest) => [bodyCommand.establish(), ...rest]);
