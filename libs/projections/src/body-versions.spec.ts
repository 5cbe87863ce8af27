import {
  bodyDecider,
  byOrganisation,
  dayAfter,
  type MembershipView,
  membersInForce,
  nameInForce,
  officeholdersInForce,
  termsOfReferenceInForceOn,
  validTimeBreakpoints,
  type EstablishedBody,
} from '@ledger/domain';
import { bodyCommands } from '@ledger/domain/testing/body.arbitraries';
import { bodyCommand, clause } from '@ledger/domain/testing/body.fixtures';
import { exercise } from '@ledger/domain/testing/property-harness';
import fc from 'fast-check';
import { BODY_FACETS, type BodyFacet, bodyVersionRows, type BodyVersionRow } from './body-versions';

const inForce: Record<BodyFacet, (body: EstablishedBody, date: string) => unknown> = {
  name: nameInForce,
  'terms-of-reference': termsOfReferenceInForceOn,
  members: membersInForce,
  officeholders: officeholdersInForce,
};

const covers = (row: BodyVersionRow, day: string) =>
  (row.valid_from === '-infinity' || row.valid_from <= day) && (row.valid_until === null || day < row.valid_until);

/**
 * What the API's queries read: the members are the periods that cover the day, in the one order of
 * `membersInForce`; any other answer is the row of the facet that began last on or before the day,
 * if it has not ended.
 */
function lookUp(rows: readonly BodyVersionRow[], facet: BodyFacet, day: string): unknown {
  if (facet === 'members') {
    const members = byOrganisation(
      rows.filter((row) => row.facet === 'members' && covers(row, day)).map((row) => row.entry as MembershipView),
    );
    return members.length > 0 ? members : undefined;
  }
  const begun = rows.filter((row) => row.facet === facet && (row.valid_from === '-infinity' || row.valid_from <= day));
  const row = begun
    .sort((a, b) => (a.valid_from === '-infinity' ? -1 : b.valid_from === '-infinity' ? 1 : a.valid_from.localeCompare(b.valid_from)))
    .at(-1);
  return row && (row.valid_until === null || day < row.valid_until) ? row.entry : undefined;
}

const nothing = (answer: unknown) => answer === undefined || (Array.isArray(answer) && answer.length === 0);

function finalState(commands: Parameters<typeof exercise>[1]): EstablishedBody {
  const state = exercise(bodyDecider, commands as never, () => undefined).states.at(-1)!;
  if (state.status !== 'established') throw new Error('the commands establish the body first');
  return state;
}

describe("a body's answers at a date, one row for the days each holds", () => {
  it('give on every day what the domain says on that day, for any history the decider accepts', () => {
    fc.assert(
      fc.property(bodyCommands, (commands) => {
        const state = finalState(commands);
        const rows = bodyVersionRows(state);
        const named = Object.values(validTimeBreakpoints(state)).flat();
        const days = [
          '1900-01-01',
          '2099-12-31',
          ...named.flatMap((day) => [day, dayAfter(day)]),
          ...rows.flatMap((row) => (row.valid_until ? [row.valid_until] : [])),
        ];
        for (const facet of BODY_FACETS) {
          for (const day of days) {
            const expected = inForce[facet](state, day);
            const found = lookUp(rows, facet, day);
            if (nothing(expected)) expect(found).toBeUndefined();
            else expect(JSON.stringify(found)).toBe(JSON.stringify(expected));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('store each stretch of one answer once: no two rows in a row hold the same answer; a period of membership a row', () => {
    fc.assert(
      fc.property(bodyCommands, (commands) => {
        const rows = bodyVersionRows(finalState(commands));
        for (const facet of BODY_FACETS.filter((facet) => facet !== 'members')) {
          const ofFacet = rows.filter((row) => row.facet === facet);
          ofFacet.slice(1).forEach((row, index) => {
            const previous = ofFacet[index]!;
            if (previous.valid_until === row.valid_from) expect(JSON.stringify(row.entry)).not.toBe(JSON.stringify(previous.entry));
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leave the days with no answer without a row: before the terms of reference, between two memberships', () => {
    const state = finalState([
      bodyCommand.establish('Marlow Vale Community Safety Partnership', 'MVCSP'),
      bodyCommand.adoptTor(1, [clause('1', 'The Partnership meets twice a year.')], '2020-05-01'),
      bodyCommand.admit('marlow-police', 'Marlow Police', '2020-01-01'),
      bodyCommand.withdraw('marlow-police', '2021-01-01'),
      bodyCommand.admit('marlow-police', 'Marlow Police', '2022-01-01'),
      bodyCommand.rename('Marlow and Vale Community Safety Partnership', 'MVCSP', '2021-06-01'),
    ]);
    const rows = bodyVersionRows(state).map(({ facet, part, valid_from, valid_until }) => `${facet} ${part} ${valid_from} ${valid_until}`);
    expect(rows).toEqual([
      'name -infinity -infinity 2021-06-01',
      'name 2021-06-01 2021-06-01 null',
      'terms-of-reference 2020-05-01 2020-05-01 null',
      'members marlow-police/0 2020-01-01 2021-01-01',
      'members marlow-police/1 2022-01-01 null',
    ]);
  });
});
