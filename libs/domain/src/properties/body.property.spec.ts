import fc from 'fast-check';
import { bodyDecider } from '../body/body.decider';
import type { BodyState } from '../body/body.state';
import type { BodyCommand } from '../body/body.commands';
import type { ClauseAmendment } from '../body/terms-of-reference';
import { AGGREGATES } from '../routing/aggregate-registry';
import { bodyCommand } from '../testing/body.fixtures';
import {
  dayAfter,
  membersInForce,
  nameInForce,
  officeholdersInForce,
  termsOfReferenceInForceOn,
  validTimeBreakpoints,
} from '../body/in-force-on';
import { assertFoldIsDeterministic, assertValidHistory, dayAfter2015, exercise, requireThat } from '../testing/property-harness';

const date = fc.integer({ min: 0, max: 4000 }).map(dayAfter2015);
const organisation = fc.constantFrom('police', 'eastdale', 'opcc');
const office = fc.constantFrom('chair' as const, 'deputy-chair' as const);
const term = fc.constantFrom('2019/20', '2020/21');
const person = fc.constantFrom('Mr P. J. Hallowell MBE CC', 'Cllr R. Penhallow', 'Mr C. Fellgate CC');
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
const commands = fc.array(command, { maxLength: 40 }).map((rest) => [bodyCommand.establish(), ...rest]);

/** A day some days after the last day of 2014, across the generated commands' dates and beyond. */
function shifted(days: number): string {
  const day = new Date(Date.UTC(2014, 11, 31 + days));
  return day.toISOString().slice(0, 10);
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function bodyInvariant(state: BodyState): void {
  if (state.status !== 'established') return;
  for (const member of Object.values(state.members)) {
    requireThat(member.periods.filter((p) => p.until === undefined).length <= 1, 'one open membership per organisation');
    member.periods.forEach((period, i) => {
      requireThat(period.until === undefined || period.from <= period.until, 'a membership ends after it begins');
      const previous = member.periods[i - 1];
      requireThat(!previous || (previous.until !== undefined && previous.until <= period.from), 'memberships do not overlap');
    });
  }
  state.termsOfReference.forEach((version, i) => {
    requireThat(version.version === i + 1, 'ToR versions run 1, 2, 3 …');
    requireThat(version.clauses.length > 0, 'ToR have clauses');
    requireThat(new Set(version.clauses.map((c) => c.id)).size === version.clauses.length, 'clause ids are unique');
    requireThat(i === 0 || state.termsOfReference[i - 1]!.inForceFrom <= version.inForceFrom, 'ToR versions come into force in order');
  });
  for (const entry of state.offices) {
    requireThat(entry.tenures.filter((t) => t.until === undefined).length <= 1, 'one holder of an office for a term at a time');
  }
  const dated = state.names.flatMap((n) => (n.inForceFrom ? [n.inForceFrom] : []));
  requireThat(
    dated.every((d, i) => i === 0 || dated[i - 1]! <= d),
    'names come into force in order',
  );
}

describe('Body: properties of any history the decider accepts', () => {
  it('refuses only with domain errors, and every accepted event changes the state within its invariants', () => {
    fc.assert(
      fc.property(commands, (cs) => void exercise(bodyDecider, cs, bodyInvariant)),
      { numRuns: 300 },
    );
  });

  it('folds any valid history deterministically, also after the JSON round trip of the store', () => {
    fc.assert(
      fc.property(commands, (cs) => {
        const { history, states } = exercise(bodyDecider, cs, bodyInvariant);
        assertFoldIsDeterministic(bodyDecider, history, states[states.length - 1]!);
      }),
      { numRuns: 200 },
    );
  });

  it('every prefix of a valid history is a valid history', () => {
    fc.assert(
      fc.property(commands, (cs) => {
        const { history } = exercise(bodyDecider, cs, bodyInvariant);
        for (let length = 0; length <= history.length; length++) {
          assertValidHistory(bodyDecider, history.slice(0, length), bodyInvariant);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('what the record says on any date is what it says on the last date it names on or before it', () => {
    const facets = [
      ['name', nameInForce],
      ['termsOfReference', termsOfReferenceInForceOn],
      ['members', membersInForce],
      ['officeholders', officeholdersInForce],
    ] as const;
    fc.assert(
      fc.property(commands, fc.array(fc.integer({ min: 0, max: 4400 }), { maxLength: 10 }), (cs, offsets) => {
        const state = exercise(bodyDecider, cs, bodyInvariant).states.at(-1)!;
        if (state.status !== 'established') return;
        const breakpoints = validTimeBreakpoints(state);
        for (const [facet, inForce] of facets) {
          const starts = [...new Set(breakpoints[facet])].sort();
          const days = [...starts.flatMap((start) => [dayBefore(start), start, dayAfter(start)]), ...offsets.map(shifted)];
          for (const day of days) {
            const stretchStart = starts.filter((start) => start <= day).at(-1) ?? '';
            expect(JSON.stringify(inForce(state, day))).toBe(JSON.stringify(inForce(state, stretchStart)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the generated commands reach every kind of body event (so the properties are not vacuous)', () => {
    const seen = new Set<string>();
    fc.sample(commands, { numRuns: 300, seed: 42 }).forEach((cs) =>
      exercise(bodyDecider, cs, bodyInvariant).history.forEach((e) => seen.add(e.type)),
    );
    expect([...seen].sort()).toEqual([...AGGREGATES.body.eventTypes].sort());
  });
});
