#!/usr/bin/env node
// `npm test`: the whole suite (unit, integration and end-to-end) against the real PostgreSQL and
// Redis, ending with one plain line: "N passed, N failed". Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

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
