#!/usr/bin/env node
// `npm test`: the whole suite (unit, integration and end-to-end) against the real PostgreSQL and
// Redis, ending with one plain line: "N passed, N failed". Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { resolve } from 'node:path';
import { ensureInstalled } from './ensure-installed.mjs';

ensureInstalled();

/** Whether anything accepts connections at a URL's host and port. */
function answers(rawUrl, defaultPort) {
  const url = new URL(rawUrl);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(Number(url.port || defaultPort), url.hostname.replace(/^\[|\]$/g, ''));
  });
}

// The suite runs against the real services (no stand-ins): say so plainly rather than fail 400 times.
// A run of chosen files (extra arguments) is the developer's call, and pure libraries need neither.
const services = [
  [
    'PostgreSQL',
    process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/parley',
    5432,
    'DATABASE_URL',
  ],
  ['Redis', process.env.REDIS_URL || 'redis://127.0.0.1:6379', 6379, 'REDIS_URL'],
];
const missing = [];
for (const [name, url, port, variable] of process.argv.length > 2 ? [] : services) {
  if (!(await answers(url, port)))
    missing.push(`${name} does not answer at ${new URL(url).host || url} (${variable})`);
}
if (missing.length) {
  console.error(`npm test needs PostgreSQL 13+ and Redis 6.2+ running:\n  ${missing.join('\n  ')}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('reports', { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false' };

/** Jest: unit, integration and end-to-end suites of the API and libs. */
function jest(args) {
  const report = 'reports/jest.json';
  rmSync(report, { force: true });
  const result = spawnSync(
    process.execPath,
    ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${report}`, ...args],
    {
      stdio: 'inherit',
      env: {
        ...env,
        // mercurius loads its query cache with a dynamic import(), which jest runs only in this mode.
        NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings']
          .filter(Boolean)
          .join(' '),
      },
    },
  );
  const r = readJson(report);
  return counts(result, r && r.numPassedTests, r && r.numFailedTests + r.numRuntimeErrorTestSuites);
}

/** Vitest: the web app's component tests (forms' states and errors). */
function vitest() {
  const report = 'reports/vitest.json';
  rmSync(report, { force: true });
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'apps/web/vite.config.mts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${resolve(report)}`,
    ],
    { stdio: 'inherit', env },
  );
  const r = readJson(report);
  return counts(result, r && r.numPassedTests, r && r.numFailedTests);
}

/** Playwright: the stories through the browser, against a real Parley (scripts/browser-server.mjs). */
function playwright() {
  const report = 'reports/playwright.json';
  rmSync(report, { force: true });
  const result = spawnSync(
    process.execPath,
    ['node_modules/@playwright/test/cli.js', 'test', '-c', 'apps/web/e2e/playwright.config.ts'],
    { stdio: 'inherit', env },
  );
  const r = readJson(report);
  return counts(result, r && r.stats.expected + r.stats.flaky, r && r.stats.unexpected);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A runner that wrote no report, or exited non-zero with no failure counted, counts as one failure. */
function counts(result, passed, failed) {
  if (passed === null || passed === undefined) return { passed: 0, failed: 1 };
  return { passed, failed: failed || (result.status !== 0 ? 1 : 0) };
}

// `npm test` runs everything; `npm test -- <jest args>` runs those jest files only; `--web` the
// component tests; `--browser` the browser stories.
const [first, ...rest] = process.argv.slice(2);
const runs =
  first === '--web'
    ? [vitest()]
    : first === '--browser'
      ? [playwright()]
      : first
        ? [jest([first, ...rest])]
        : [jest([]), vitest(), playwright()];
const passed = runs.reduce((sum, r) => sum + r.passed, 0);
const failed = runs.reduce((sum, r) => sum + r.failed, 0);
writeFileSync('reports/summary.json', JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
