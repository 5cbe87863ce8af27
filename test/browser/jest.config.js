/** Tests that drive a real headless Chromium (Debian's `chromium`): `npm run test:browser`, not `npm test`. */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/test/browser'],
  testRegex: '\\.browser-spec\\.ts$',
  testTimeout: 120000,
};
