#!/usr/bin/env node
// `npm test`: the whole suite (unit, integration and end-to-end) against the real PostgreSQL and
// Redis, ending with one plain line: "N passed, N failed". Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
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

const report = 'reports/jest.json';
mkdirSync('reports', { recursive: true });
rmSync(report, { force: true });

const result = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${report}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      // mercurius loads its query cache with a dynamic import(), which jest runs only in this mode.
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings']
        .filter(Boolean)
        .join(' '),
      NX_DAEMON: 'false',
    },
  },
);

let passed = 0;
let failed = 0;
try {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
} catch {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(result.status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
