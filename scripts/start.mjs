#!/usr/bin/env node
// `npm start`: installs dependencies when they are missing or stale, builds, applies migrations,
// then runs the API and the worker side by side until either stops (Ctrl-C stops both).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Installing dependencies from package-lock.json…');
  step(npm, ['ci', '--no-audit', '--no-fund']);
}

step(process.execPath, ['node_modules/@swc/cli/bin/swc.js', 'apps', 'libs', 'migrations', '-d', 'dist', '--quiet']);
step(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/migrate.js']);

const processes = ['api', 'worker'].map((name) =>
  spawn(process.execPath, ['--enable-source-maps', `dist/apps/${name}/src/main.js`], { stdio: 'inherit' }),
);
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of processes) if (child.exitCode === null) child.kill('SIGTERM');
}
for (const child of processes) child.on('exit', (code) => stopAll(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));
