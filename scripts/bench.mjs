#!/usr/bin/env node
// `npm run bench [-- seconds]`: issue 14's benchmarks in sequence (dashboard, write path, notices,
// rules) and the production volume's, each in a process of its own so one's heap and timers do not weigh on the next, then one
// table: each target, what was measured, met or not. Extra arguments go to every bench (the first is
// seconds per side). Printed figures only: nothing here fails a build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BENCHES = ['dashboard', 'write-path', 'notices', 'rules', 'production'];
const args = process.argv.slice(2);
const results = join(mkdtempSync(join(tmpdir(), 'parley-bench-')), 'results.jsonl');
const rows = [];

for (const name of BENCHES) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', `test/bench/${name}.bench.ts`, ...args],
    {
      // As in production: graphql and others take their slower, checking paths in development.
      env: { NODE_ENV: 'production', ...process.env, BENCH_RESULTS: results },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  process.stdout.write(run.stdout ?? '');
  if (run.status !== 0) rows.push({ target: name, measured: `failed (exit ${run.status})`, met: false });
}
if (existsSync(results)) {
  for (const line of readFileSync(results, 'utf8').split('\n').filter(Boolean)) rows.push(JSON.parse(line));
}

const width = Math.max(...rows.map((r) => r.target.length), 6);
const measuredWidth = Math.max(...rows.map((r) => r.measured.length), 8);
console.log(`\n${'target'.padEnd(width)}  ${'measured'.padEnd(measuredWidth)}  verdict`);
for (const row of rows) {
  console.log(
    `${row.target.padEnd(width)}  ${row.measured.padEnd(measuredWidth)}  ${row.met ? 'met' : 'not met'}`,
  );
}
