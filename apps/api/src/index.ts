// What the end-to-end suites start: the API exactly as main.ts builds it.
export * from './bootstrap';
export * from './graphql/print-schema';
export { SqlAnswerer } from './graphql/sql-answerer';
export * from './sandbox/first-steps';
export { demoCourtInput, seedDemo } from './launch/demo/seed-demo';
