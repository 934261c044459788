#!/usr/bin/env node
// `npm start [-- --demo]`: installs dependencies when they are missing or stale, builds, then hands
// over to the launcher (apps/api/src/launch), which runs the product until Ctrl-C.
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
// The launcher finds or stands in for PostgreSQL and Redis, migrates, and runs the API and worker.
const launcher = spawn(
  process.execPath,
  ['--enable-source-maps', 'dist/apps/api/src/launch/main.js', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
// Ctrl-C reaches the launcher too (same process group); it stops the apps, then the embedded database.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => launcher.kill(signal));
launcher.on('exit', (code) => process.exit(code ?? 1));
