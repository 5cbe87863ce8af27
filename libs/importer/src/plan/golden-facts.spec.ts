/**
 * The five bundled pages against their golden files: every fact a careful reader finds on each
 * page (libs/importer/golden/, written from the pages alone). The importer may miss a little;
 * it may invent nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFacts, factsOfPlan, type FactComparison, type PageFact } from '../testing/plan-facts';
import { planSample, SAMPLE_FILES, type SampleYear } from '../testing/sample-minutes';

const GOLDEN_FOLDER = join(__dirname, '..', '..', 'golden');
const YEARS = Object.keys(SAMPLE_FILES).map(Number) as SampleYear[];

function golden(year: SampleYear): PageFact[] {
  const file = SAMPLE_FILES[year].replace(/\.txt$/, '.facts.json');
  return (JSON.parse(readFileSync(join(GOLDEN_FOLDER, file), 'utf8')) as { facts: PageFact[] }).facts;
}

const results = new Map<SampleYear, FactComparison>(YEARS.map((year) => [year, compareFacts(golden(year), factsOfPlan(planSample(year)))]));

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('the importer against the golden facts of the five bundled pages', () => {
  it('reports precision and recall page by page', () => {
    const lines = [...results.entries()].map(
      ([year, result]) =>
        `${SAMPLE_FILES[year]}: ${result.matched}/${result.expected} facts found (recall ${(100 * ratio(result.matched, result.expected)).toFixed(1)}%), ` +
        `${result.found - result.matched} not on the page (precision ${(100 * ratio(result.matched, result.found)).toFixed(1)}%)` +
        result.missed.map((key) => `\n  missed   ${key}`).join('') +
        result.invented.map((key) => `\n  INVENTED ${key}`).join(''),
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    expect(results.size).toBe(5);
  });

  it.each(YEARS)('%s: states nothing the page does not say (precision 100%%)', (year) => {
    expect(results.get(year)!.invented).toEqual([]);
  });

  it('finds at least 98% of the facts over the five pages', () => {
    const all = [...results.values()];
    const expected = all.reduce((sum, result) => sum + result.expected, 0);
    const matched = all.reduce((sum, result) => sum + result.matched, 0);
    expect(expected).toBeGreaterThan(250);
    expect(ratio(matched, expected)).toBeGreaterThanOrEqual(0.98);
  });
});
