/**
 * Jest as mutation testing runs it: the unit and integration specs only. The end-to-end specs run the
 * built API from dist, where the mutants Stryker places in the sources never reach.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testRegex: '\\.(db-)?spec\\.ts$',
};
