/**
 * Pages the importer has never seen: the samples and invented pages cut, shuffled, spliced and
 * garbled at random. Whatever comes in, the importer plans or refuses with a typed error naming a
 * line; it never crashes, and whatever it plans, the domain accepts.
 */
import fc from 'fast-check';
import { isImportError } from '../errors';
import { DECISION_PAGE, FLATTENED_TABLE_PAGE, ISSUE_PAGE, NUMBERED_PAGE, UNNUMBERED_PAGE } from '../testing/invented-pages';
import { planText, sampleText, type SampleYear } from '../testing/sample-minutes';

const PAGES = [
  ...([2015, 2018, 2019, 2023, 2025] as SampleYear[]).map(sampleText),
  NUMBERED_PAGE,
  UNNUMBERED_PAGE,
  FLATTENED_TABLE_PAGE,
  ISSUE_PAGE,
  DECISION_PAGE,
];

type Edit =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'splice'; at: number; page: number; from: number; count: number }
  | { kind: 'garble'; at: number; text: string }
  | { kind: 'cut'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), page: fc.nat(), from: fc.nat(), count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('garble' as const), at: fc.nat(), text: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

function apply(lines: string[], change: Edit): string[] {
  const at = (n: number) => (lines.length === 0 ? 0 : n % lines.length);
  const copy = [...lines];
  switch (change.kind) {
    case 'delete':
      copy.splice(at(change.at), change.count);
      return copy;
    case 'duplicate':
      copy.splice(at(change.at), 0, copy[at(change.at)] ?? '');
      return copy;
    case 'swap': {
      const [a, b] = [at(change.a), at(change.b)];
      [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
      return copy;
    }
    case 'splice': {
      const other = PAGES[change.page % PAGES.length]!.split('\n');
      const from = change.from % other.length;
      copy.splice(at(change.at), 0, ...other.slice(from, from + change.count));
      return copy;
    }
    case 'garble':
      copy[at(change.at)] = change.text;
      return copy;
    case 'cut':
      return copy.slice(0, at(change.at));
  }
}

describe('pages the importer has never seen', () => {
  it('are planned or refused with a typed error; whatever is planned, the domain accepts', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), (page, edits) => {
        const text = edits.reduce(apply, PAGES[page % PAGES.length]!.split('\n')).join('\n');
        try {
          const plan = planText(text, { date: '2020-02-02' });
          expect(plan.domainCheck.refusals).toEqual([]);
        } catch (error) {
          if (!isImportError(error)) throw error;
          expect(error.message).toMatch(/line \d+|--date|--body/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
