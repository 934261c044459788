#!/usr/bin/env node
// The Parley the browser stories run against: built as `npm start` builds it, on a fresh database of
// its own in the real PostgreSQL, with the real Redis, seeded with the demo case. Stops with its parent.
import { spawn, spawnSync } from 'node:child_process';
import pg from 'pg';

const port = process.argv[2] ?? '3310';
const admin = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `parley_browser_${process.pid}`;

for (const [command, args] of [
  ['node_modules/@swc/cli/bin/swc.js', ['apps', 'libs', 'migrations', '-d', 'dist', '--quiet']],
  ['node_modules/vite/bin/vite.js', ['build', 'apps/web', '--logLevel', 'warn']],
]) {
  const built = spawnSync(process.execPath, [command, ...args], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE ${database}`);
await client.end();
const url = new URL(admin);
url.pathname = `/${database}`;

const launcher = spawn(process.execPath, ['dist/apps/api/src/launch/main.js', '--demo'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: port,
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `browser${process.pid}`,
    PARLEY_DATA_DIR: `tmp/browser-${process.pid}`,
  },
});

async function dropDatabase() {
  const cleanup = new pg.Client({ connectionString: admin });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await cleanup.end();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => launcher.kill(signal));
launcher.on('exit', async (code) => {
  await dropDatabase().catch(() => undefined);
  process.exit(code ?? 0);
});
