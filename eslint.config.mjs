// Lint rules, with the architecture's import boundaries as errors (README: Layout): the domain
// imports only itself; libraries never import the applications; from outside a library, its public
// index is the only way in (specs and the test toolkits may reach a library's testing folder).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.spec.ts', '**/*.db-spec.ts', '**/*.e2e-spec.ts', '**/testing/**', 'test/**'];

const noDeepLibraryImports = {
  group: ['@ledger/*/*'],
  message: 'Import a library through its public index (@ledger/<lib>); only specs and test toolkits may reach into it.',
};
const noApplicationImports = {
  regex: '(^|/)apps/',
  message: 'Libraries never import the applications: move what both need into a library.',
};
const onlyItself = {
  regex: '^(?!\\.\\.?/)(?!fast-check$)',
  message: 'The domain imports nothing but itself (relative paths; fast-check in its specs).',
};
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', '.stryker-tmp/**', 'coverage/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A parameter or binding named with a leading underscore is kept for a signature's sake.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // CommonJS configuration files and the benchmarks' loader.
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Specs may be loose with the shapes of answers they pick apart.
  { files: TESTS, rules: { '@typescript-eslint/no-explicit-any': 'off' } },

  { files: ['apps/**/*.ts'], ignores: TESTS, rules: restrictImports(noDeepLibraryImports) },
  { files: ['libs/**/*.ts'], rules: restrictImports(noApplicationImports) },
  { files: ['libs/**/*.ts'], ignores: TESTS, rules: restrictImports(noApplicationImports, noDeepLibraryImports) },
  { files: ['libs/domain/**/*.ts'], ignores: ['libs/domain/src/domain-boundary.spec.ts'], rules: restrictImports(onlyItself) },
);
