// What the end-to-end suites start: the worker exactly as main.ts builds it.
export * from './bootstrap';
