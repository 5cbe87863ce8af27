// Mutation testing of the trust-critical code: `npm run test:mutation` (summary in docs/mutation-testing.md).
// One part at a time: `npm run test:mutation -- --mutate 'libs/auth/src/**/*.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'stryker.jest.config.js', enableFindRelatedTests: true },
  testRunnerNodeArgs: ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'],
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Static mutants (in module-level constants) need the whole suite per mutant; they are few here.
  ignoreStatic: true,
  mutate: [
    // The domain's deciders: every rule a command must satisfy before anything is recorded.
    'libs/domain/src/**/*.decide.ts',
    'libs/domain/src/**/*.decider.ts',
    'libs/domain/src/meeting/meeting-guards.ts',
    'libs/domain/src/meeting/schedule-12a.ts',
    // The write side's integrity (hash chains, the log's Merkle tree) and idempotency.
    'libs/write-side/src/integrity/*.ts',
    'libs/write-side/src/execute-command.ts',
    'libs/write-side/src/deterministic-id.ts',
    'libs/write-side/src/command-digest.ts',
    'libs/write-side/src/canonical-json.ts',
    'libs/transparency/src/*.ts',
    // Who may do what, and what the public may see.
    'libs/auth/src/*.ts',
    'apps/api/src/queries/meeting/meeting-view.ts',
    'apps/api/src/queries/shared/decision-link.resolver.ts',
    'libs/domain/src/meeting/meeting.state.ts:121-135',
    // A projection batch: rows and checkpoint together.
    'libs/projections/src/project-batch.ts',
    // The importer's guards: what a page must say before a fact is planned.
    'libs/importer/src/plan/plan-confirmation.ts',
    'libs/importer/src/plan/plan-declarations.ts',
    'libs/importer/src/plan/plan-exclusions.ts',
    'libs/importer/src/plan/domain-check.ts',
    '!**/*.spec.ts',
    '!**/index.ts',
  ],
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
