module.exports = require('../jest.preset.js').project('e2e', __dirname, {
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
});
