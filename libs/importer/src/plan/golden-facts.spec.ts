/**
 * The five bundled pages against their golden files: every fact a careful reader finds on each
 * page (libs/importer/golden/, written from the pages alone), measured as `npm run measure:importer`
 * measures any folder of labelled pages. The importer may miss a little; it may invent nothing.
 */
import { join } from 'node:path';
import { measurePages } from '../measure/measure-pages';
import { SAMPLE_FILES, SAMPLES_FOLDER } from '../testing/sample-minutes';

const GOLDEN_FOLDER = join(__dirname, '..', '..', 'golden');
const measurement = measurePages(SAMPLES_FOLDER, GOLDEN_FOLDER);
const PAGES = Object.values(SAMPLE_FILES);

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('the importer against the golden facts of the five bundled pages', () => {
  it('reports precision and recall page by page', () => {
    const lines = measurement.pages.map(
      (result) =>
        `${result.page}: ${result.matched}/${result.expected} facts found (recall ${(100 * ratio(result.matched, result.expected)).toFixed(1)}%), ` +
        `${result.found - result.matched} not on the page (precision ${(100 * ratio(result.matched, result.found)).toFixed(1)}%)` +
        result.missed.map((key) => `\n  missed   ${key}`).join('') +
        result.invented.map((key) => `\n  INVENTED ${key}`).join(''),
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    expect(measurement.pages.map((result) => result.page)).toEqual(PAGES);
  });

  it.each(PAGES)('%s: read, not refused, and states nothing the page does not say (precision 100%%)', (page) => {
    const result = measurement.pages.find((entry) => entry.page === page)!;
    expect(result.refused).toBeUndefined();
    expect(result.invented).toEqual([]);
  });

  it('finds at least 98% of the facts over the five pages', () => {
    expect(measurement.expected).toBeGreaterThan(250);
    expect(ratio(measurement.matched, measurement.expected)).toBeGreaterThanOrEqual(0.98);
  });
});
