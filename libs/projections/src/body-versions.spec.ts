import {
  bodyDecider,
  byOrganisation,
  dayAfter,
  type MembershipView,
  membersInForce,
  nameInForce,
  officeholdersInForce,
  termsOfReferenceInForceOn,
  type EstablishedBody,
} from '@ledger/domain';
import { bodyCommand, clause } from '@ledger/domain/testing/body.fixtures';
import { exercise } from '@ledger/domain/testing/property-harness';
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

/**
 * An invented board's six years: renamed twice, terms of reference adopted and amended (twice on one
 * day), members admitted, withdrawn and admitted again, two with one name, chairs and deputies
 * elected, appointed and leaving office, an office left vacant.
 */
const history = [
  bodyCommand.establish('Tarrowby Vale Community Safety Partnership', 'TVCSP'),
  bodyCommand.admit('tarrowby-police', 'Tarrowby Police', '2018-04-01'),
  bodyCommand.admit('tarrowby-council', 'Tarrowby Council', '2018-04-01'),
  bodyCommand.adoptTor(1, [clause('1', 'The Partnership meets quarterly.'), clause('2', 'Three members are a quorum.')], '2018-06-12'),
  bodyCommand.amendTor(2, [{ change: 'replaced', clauseId: '1', text: 'The Partnership meets twice a year.' }], '2018-06-12'),
  bodyCommand.elect('chair', '2018/19', 'Cllr A. Brough', '2018-06-12'),
  bodyCommand.appoint('deputy-chair', '2018/19', 'Ms F. Teale', '2018-09-03', 'Tarrowby Police'),
  bodyCommand.rename('Tarrowby Community Safety Partnership', 'TCSP', '2019-04-01'),
  bodyCommand.withdraw('tarrowby-police', '2019-10-01'),
  // Re-elected before the municipal year began: the term's end changes nothing on the day.
  bodyCommand.elect('chair', '2019/20', 'Cllr A. Brough', '2019-04-15'),
  bodyCommand.recordLeaving('chair', '2019/20', 'Cllr A. Brough', '2019-12-31', 'Resigned'),
  bodyCommand.elect('chair', '2019/20', 'Mr J. Oduya', '2020-02-03'),
  bodyCommand.leaveVacant('deputy-chair', '2020/21', '2020-06-08', 'No nominations'),
  bodyCommand.admit('tarrowby-police', 'Tarrowby Police', '2021-01-01'),
  bodyCommand.admit('tarrowby-health', 'Tarrowby Council', '2021-07-01'),
  bodyCommand.leaveVacant('deputy-chair', '2021/22', '2021-06-07', 'No nominations'),
  bodyCommand.amendTor(3, [{ change: 'removed', clauseId: '2' }], '2022-03-14'),
  // Elected before the municipal year began, so the end of the deputy's vacant term changes nothing.
  bodyCommand.elect('chair', '2022/23', 'Mr J. Oduya', '2022-04-20'),
  bodyCommand.rename('Tarrowby and Pellbrook Community Safety Partnership', 'TPCSP', '2023-04-01'),
  bodyCommand.elect('chair', '2023/24', 'Ms L. Pemberton', '2023-06-05'),
];

function finalState(commands: Parameters<typeof exercise>[1]): EstablishedBody {
  const { states, refusals } = exercise(bodyDecider, commands as never, () => undefined);
  const state = states.at(-1)!;
  if (state.status !== 'established' || refusals > 0) throw new Error(`the body's history was refused ${refusals} time(s)`);
  return state;
}

describe("a body's answers at a date, one row for the days each holds", () => {
  it('give on every day what the domain says on that day', () => {
    const state = finalState(history);
    const rows = bodyVersionRows(state);
    for (let day = '2017-12-31'; day <= '2024-01-01'; day = dayAfter(day)) {
      for (const facet of BODY_FACETS) {
        const expected = inForce[facet](state, day);
        const found = lookUp(rows, facet, day);
        if (nothing(expected)) expect({ day, facet, found }).toEqual({ day, facet, found: undefined });
        else expect({ day, facet, found: JSON.stringify(found) }).toEqual({ day, facet, found: JSON.stringify(expected) });
      }
    }
  });

  it('store each stretch of one answer once: no two rows in a row hold the same answer; a period of membership a row', () => {
    const rows = bodyVersionRows(finalState(history));
    for (const facet of BODY_FACETS.filter((facet) => facet !== 'members')) {
      const ofFacet = rows.filter((row) => row.facet === facet);
      ofFacet.slice(1).forEach((row, index) => {
        const previous = ofFacet[index]!;
        if (previous.valid_until === row.valid_from) expect(JSON.stringify(row.entry)).not.toBe(JSON.stringify(previous.entry));
      });
    }
    expect(
      rows.filter((row) => row.facet !== 'members').map(({ facet, valid_from, valid_until }) => `${facet} ${valid_from} ${valid_until}`),
    ).toEqual([
      'name -infinity 2019-04-01',
      'name 2019-04-01 2023-04-01',
      'name 2023-04-01 null',
      'terms-of-reference 2018-06-12 2022-03-14',
      'terms-of-reference 2022-03-14 null',
      'officeholders 2018-06-12 2018-09-03',
      'officeholders 2018-09-03 2019-04-15',
      'officeholders 2019-04-15 2019-05-01',
      'officeholders 2019-05-01 2019-12-31',
      'officeholders 2020-02-03 2020-05-01',
      'officeholders 2022-04-20 2023-05-01',
      'officeholders 2023-06-05 2024-05-01',
    ]);
    expect(rows.filter((row) => row.facet === 'members').map((row) => row.part)).toEqual([
      'tarrowby-police/0',
      'tarrowby-police/1',
      'tarrowby-council/0',
      'tarrowby-health/0',
    ]);
  });

  it('leave the days with no answer without a row: before the terms of reference, between two memberships', () => {
    const state = finalState([
      bodyCommand.establish('Quenmoor Vale Community Safety Partnership', 'QVCSP'),
      bodyCommand.adoptTor(1, [clause('1', 'The Partnership meets twice a year.')], '2020-05-01'),
      bodyCommand.admit('quenmoor-police', 'Quenmoor Police', '2020-01-01'),
      bodyCommand.withdraw('quenmoor-police', '2021-01-01'),
      bodyCommand.admit('quenmoor-police', 'Quenmoor Police', '2022-01-01'),
      bodyCommand.rename('Quenmoor and Vale Community Safety Partnership', 'QVCSP', '2021-06-01'),
    ]);
    const rows = bodyVersionRows(state).map(({ facet, part, valid_from, valid_until }) => `${facet} ${part} ${valid_from} ${valid_until}`);
    expect(rows).toEqual([
      'name -infinity -infinity 2021-06-01',
      'name 2021-06-01 2021-06-01 null',
      'terms-of-reference 2020-05-01 2020-05-01 null',
      'members quenmoor-police/0 2020-01-01 2021-01-01',
      'members quenmoor-police/1 2022-01-01 null',
    ]);
  });
});
