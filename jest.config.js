/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  // *.spec.ts: units; *.db-spec.ts: specs that open a database (PGlite in memory, or a server); *.e2e-spec.ts: the built API and CLI.
  testRegex: '\\.(spec|db-spec|e2e-spec)\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
  // NestJS 12 ships ESM only; let swc turn it into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@apollo|@as-integrations|jose)/)'],
  moduleNameMapper: {
    '^@ledger/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@ledger/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  testTimeout: 30000,
};
