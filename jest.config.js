// The whole suite: every lib and app (unit and integration specs) and the end-to-end suites in test/.
module.exports = {
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/test/jest.config.js',
  ],
};
