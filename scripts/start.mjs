#!/usr/bin/env node
// `npm start [-- --demo]`: installs dependencies when they are missing or stale, builds the API and
// the web app, then hands over to the launcher (apps/api/src/launch), which runs the product until
// Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { ensureInstalled } from './ensure-installed.mjs';

ensureInstalled();
const build = spawnSync(
  process.execPath,
  ['node_modules/@swc/cli/bin/swc.js', 'apps', 'libs', 'migrations', '-d', 'dist', '--quiet'],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
// The web app (apps/web) into dist/web, which the API serves at /.
const web = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', 'apps/web', '--logLevel', 'warn'],
  { stdio: 'inherit' },
);
if (web.status !== 0) process.exit(web.status ?? 1);
// The launcher finds or stands in for PostgreSQL and Redis, migrates, and runs the API and worker.
const launcher = spawn(
  process.execPath,
  ['--enable-source-maps', 'dist/apps/api/src/launch/main.js', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
// Ctrl-C reaches the launcher too (same process group); it stops the apps, then the embedded database.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => launcher.kill(signal));
launcher.on('exit', (code) => process.exit(code ?? 1));
