#!/usr/bin/env node
// Measures the importer against hand-labelled pages: each `X.facts.json` in the facts folder (the
// vocabulary of libs/importer/golden/README.md) against the plan of its page in the pages folder.
// Prints recall (labelled facts the importer found) and precision (stated facts that are labelled)
// page by page and in total; --verbose lists each missed and each unlabelled fact.
//   npm run measure:importer -- <pages-folder> <facts-folder> [--verbose] [name-part …]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const { measurePages } = require(join(root, 'dist/libs/importer/src/measure/measure-pages.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const [pages, facts, ...only] = args.filter((arg) => !arg.startsWith('-'));
if (!pages || !facts) {
  process.stderr.write('usage: npm run measure:importer -- <pages-folder> <facts-folder> [--verbose] [name-part …]\n');
  process.exit(2);
}

const percent = (part, whole) => (whole === 0 ? '100.0' : ((100 * part) / whole).toFixed(1));
const result = measurePages(pages, facts, only);
for (const page of result.pages) {
  const unlabelled = page.found - page.matched;
  const outcome = page.refused ? `REFUSED ${page.refused.split(':')[0]}` : `${unlabelled} not labelled`;
  process.stdout.write(`${page.page}: ${page.matched}/${page.expected} found, ${outcome}\n`);
  if (!verbose) continue;
  for (const key of page.missed) process.stdout.write(`    missed     ${key}\n`);
  for (const key of page.invented) process.stdout.write(`    unlabelled ${key}\n`);
}
process.stdout.write(
  `${result.pages.length} pages, ${result.pages.filter((page) => page.refused).length} refused: ` +
    `recall ${result.matched}/${result.expected} = ${percent(result.matched, result.expected)}%, ` +
    `precision ${result.matched}/${result.found} = ${percent(result.matched, result.found)}%\n`,
);
