// The whole suite: every lib and app (unit and integration specs) and the end-to-end suites in test/.
module.exports = {
  // End-to-end tests boot the API and worker; a slow machine must not turn that into failures.
  testTimeout: 60_000,
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/test/jest.config.js',
  ],
};
