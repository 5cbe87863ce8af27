#!/usr/bin/env node
// Mutation testing of the trust-critical code, one part at a time, each against its own specs:
//   npm run test:mutation                 every part
//   npm run test:mutation -- auth domain  some parts
// Stryker's settings are in stryker.config.mjs; reports go to reports/mutation/ (HTML and JSON per
// part, summary.md for all). The summary of the last full run is kept in docs/mutation-testing.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOT_SPECS = ['!**/*.spec.ts', '!**/*.db-spec.ts', '!**/index.ts'];

/** Each part: the code mutated, and the specs (directories or files) that are meant to catch its mutants. */
export const PARTS = {
  domain: {
    what: "the domain's deciders: every rule a command must satisfy before anything is recorded",
    mutate: [
      'libs/domain/src/**/*.decide.ts',
      'libs/domain/src/**/*.decider.ts',
      'libs/domain/src/meeting/meeting-guards.ts',
      'libs/domain/src/meeting/schedule-12a.ts',
    ],
    specs: ['libs/domain/'],
    // The domain imports only itself: type-checking its mutants needs nothing else, which makes the checker many times quicker.
    typeCheck: ['libs/domain/src/**/*.ts'],
  },
  integrity: {
    what: "the write side's integrity and idempotency: hash chains, ledger verification, the log's Merkle tree, command ids and digests",
    mutate: [
      'libs/write-side/src/integrity/*.ts',
      'libs/write-side/src/execute-command.ts',
      'libs/write-side/src/deterministic-id.ts',
      'libs/write-side/src/command-digest.ts',
      'libs/write-side/src/canonical-json.ts',
      'libs/transparency/src/*.ts',
    ],
    specs: ['libs/write-side/', 'libs/transparency/'],
    typeCheck: ['libs/**/*.ts'],
  },
  auth: {
    what: 'tokens and roles: who may do what',
    mutate: ['libs/auth/src/*.ts'],
    specs: ['libs/auth/', 'apps/cli/src/commands/token.command.spec.ts'],
  },
  visibility: {
    what: 'what the public may see of exempt business',
    // The rules themselves, not the views around them: which texts are confidential, and each place that hides them.
    // Named functions and methods (file#name,name): their lines are found when the run starts, whatever the formatting.
    mutate: [
      'libs/domain/src/meeting/meeting.state.ts#isConfidentialText,isConfidentialBusiness',
      'apps/api/src/meeting/meeting-view.ts#itemsOf,allCorrections,correctsConfidentialMinute,confidentialTexts,redacted',
      'apps/api/src/meeting/meeting.resolver.ts#confirmationsGiven,minutesConfirmation',
      'apps/api/src/shared/decision-link.resolver.ts#partText',
      // What the register and the search of the minutes hold as exempt, and the filters that leave it out for the public.
      'libs/projections/src/decision-rows.ts#decisionRows',
      'libs/projections/src/minute-passages.ts#passageRows',
      'apps/api/src/read-models/read-model.repository.ts#decisionFilter',
      'apps/api/src/decisions/decision-register.resolver.ts#decisionRegister',
      'apps/api/src/search/minute-search.repository.ts#filter',
      'apps/api/src/search/minute-search.resolver.ts#searchMinutes',
    ],
    specs: [
      'apps/api/src/queries/',
      'apps/api/src/meeting/',
      'apps/api/src/body/',
      'apps/api/src/shared/',
      'apps/api/src/decisions/',
      'apps/api/src/search/',
      'libs/projections/src/decision-rows.db-spec.ts',
      'libs/projections/src/derived-row-contents.spec.ts',
      'libs/projections/src/projections.db-spec.ts',
    ],
  },
  projection: {
    what: "a projection batch: the read models' rows and their checkpoint, together; a rebuild's shards and theirs",
    mutate: ['libs/projections/src/project-batch.ts', 'libs/projections/src/sharded-catch-up.ts'],
    specs: ['libs/projections/'],
  },
  importer: {
    what: "the importer's guards: what a page must say before a fact is planned",
    mutate: [
      'libs/importer/src/plan/plan-confirmation.ts',
      'libs/importer/src/plan/plan-declarations.ts',
      'libs/importer/src/plan/plan-exclusions.ts',
      'libs/importer/src/plan/domain-check.ts',
    ],
    specs: ['libs/importer/'],
    typeCheck: ['libs/**/*.ts'],
  },
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Stryker runs the specs in a copy of the project (its sandbox): match them by their path in the project.
const specPattern = (specs) =>
  `/(${specs.map((spec) => (spec.endsWith('/') ? `${escape(spec)}.*\\.(db-)?spec\\.ts` : escape(spec))).join('|')})$`;

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** `file#a,b` names functions or methods of a file: Stryker's `file:from-to` line ranges for each, read from the source. */
function resolveNamed(entry) {
  const [file, names] = entry.split('#');
  if (names === undefined) return [entry];
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const line = (position) => source.getLineAndCharacterOfPosition(position).line + 1;
  const found = new Map();
  const visit = (node) => {
    const named =
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      (ts.isVariableDeclaration(node) && node.initializer && ts.isArrowFunction(node.initializer));
    if (named && node.name && names.split(',').includes(node.name.getText(source))) {
      // From the name on: a method's decorators run once, when its class is defined.
      found.set(node.name.getText(source), `${file}:${line(node.name.getStart(source))}-${line(node.getEnd())}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const missing = names.split(',').filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`${file} has no function or method named ${missing.join(', ')}`);
  return [...found.values()];
}

/** The TypeScript checker checks every file its tsconfig includes: a part whose code no app imports names a narrower set. */
function typeCheckConfig(part) {
  if (part.typeCheck === undefined) return 'tsconfig.json';
  // Written beside tsconfig.json (and ignored by git) so that its paths resolve as the root's do, in the sandbox too.
  writeFileSync(
    join(root, 'tsconfig.mutation.json'),
    `${JSON.stringify({ extends: './tsconfig.json', include: part.typeCheck }, null, 2)}\n`,
  );
  return 'tsconfig.mutation.json';
}

async function runPart(name, part) {
  const results = await new Stryker({
    tsconfigFile: typeCheckConfig(part),
    mutate: [...part.mutate.flatMap(resolveNamed), ...NOT_SPECS],
    jest: { configFile: 'stryker.jest.config.js', config: { testRegex: specPattern(part.specs) }, enableFindRelatedTests: true },
    // A later run retests only the mutants whose code or covering specs changed since this one.
    incremental: true,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
  }).runMutationTest();
  const count = (statuses) => results.filter((mutant) => statuses.has(mutant.status)).length;
  const detected = count(DETECTED);
  const undetected = count(UNDETECTED);
  const survivors = results
    .filter((mutant) => UNDETECTED.has(mutant.status))
    .map((mutant) => ({
      at: `${relative(root, mutant.fileName)}:${mutant.location.start.line}`,
      status: mutant.status,
      mutator: mutant.mutatorName,
      replacement: (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100),
    }))
    .sort((a, b) => a.at.localeCompare(b.at, 'en', { numeric: true }));
  return {
    name,
    mutants: results.length,
    killed: count(new Set(['Killed'])),
    timeout: count(new Set(['Timeout'])),
    survived: count(new Set(['Survived'])),
    noCoverage: count(new Set(['NoCoverage'])),
    invalid: count(new Set(['CompileError', 'RuntimeError'])),
    score: detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected),
    survivors,
  };
}

function summary(rows) {
  const total = rows.reduce(
    (sum, row) => ({ detected: sum.detected + row.killed + row.timeout, undetected: sum.undetected + row.survived + row.noCoverage }),
    { detected: 0, undetected: 0 },
  );
  const lines = [
    `Mutation testing, ${new Date().toISOString().slice(0, 10)}: score ${((100 * total.detected) / Math.max(1, total.detected + total.undetected)).toFixed(1)}% ` +
      `(${total.detected} detected of ${total.detected + total.undetected} valid mutants)`,
    '',
    '| Part | Mutants | Killed | Timed out | Survived | No coverage | Invalid (compile/runtime) | Score |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.mutants} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.invalid} | ${r.score.toFixed(1)}% |`,
    ),
    '',
    ...rows.flatMap((r) =>
      r.survivors.length === 0
        ? []
        : [
            `Undetected in ${r.name}:`,
            '',
            ...r.survivors.map((s) => `- ${s.at} ${s.status} ${s.mutator}: \`${s.replacement.replace(/`/g, "'")}\``),
            '',
          ],
    ),
  ];
  return `${lines.join('\n')}\n`;
}

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  process.stderr.write(`No such part: ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}\n`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(PARTS);
const rows = [];
for (const name of names) {
  process.stdout.write(`\n== ${name}: ${PARTS[name].what}\n`);
  rows.push(await runPart(name, PARTS[name]));
}
const text = summary(rows);
mkdirSync(join(root, 'reports', 'mutation'), { recursive: true });
writeFileSync(join(root, 'reports', 'mutation', `summary-${names.join('-')}.md`), text);
process.stdout.write(`\n${text}`);
