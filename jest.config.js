// The whole suite: every lib and app (unit and integration specs) and the end-to-end suites in test/.
module.exports = {
  // End-to-end tests boot the API and worker; a slow machine must not turn that into failures.
  testTimeout: 60_000,
  // Two files at a time even on two cores: an end-to-end file spends much of its time waiting on
  // PostgreSQL, Redis and its child processes, and one long-lived worker running all 90 files grows
  // to gigabytes and spends its time in garbage collection (12.6 min in band, 7.3 min with two).
  maxWorkers: 2,
  // A worker keeps what each file loaded (Nest, TypeORM, graphql: about 150 MB a file) longer than the
  // file needs it; past this it is started afresh between files rather than collecting a growing heap.
  workerIdleMemoryLimit: '1GB',
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/test/jest.config.js',
  ],
};
