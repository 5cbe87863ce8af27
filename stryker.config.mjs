// Stryker's settings for `npm run test:mutation`, which runs scripts/mutation-test.mjs: it names the
// code mutated and the specs that must catch it, part by part (summary in docs/mutation-testing.md).
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
  concurrency: 2,
  timeoutMS: 60000,
  // The first run (every spec related to the mutated files, with per-test coverage) is slow on two cores.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
