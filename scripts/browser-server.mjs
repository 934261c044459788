#!/usr/bin/env node
// The Parley the browser stories run against: built as `npm start` builds it, on a fresh database of
// its own in the real PostgreSQL, with the real Redis, seeded with the demo case. Stops with its parent.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import pg from 'pg';

const port = process.argv[2] ?? '3310';
const admin = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `parley_browser_${process.pid}`;
// A pid comes round again in a long-lived Redis: the time makes the queues this run's alone.
const queuePrefix = `browser${process.pid}t${Date.now().toString(36)}`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

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

// Everything Parley says goes to a log of its own as well: should it stop while the stories run, the
// stories' failure quotes its last lines (apps/web/e2e/support.ts), where CI's tail shows them.
mkdirSync('tmp', { recursive: true });
const log = createWriteStream(`tmp/browser-server-${port}.log`);
const env = {
  ...process.env,
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  PORT: port,
  DATABASE_URL: url.toString(),
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: queuePrefix,
  PARLEY_DATA_DIR: `tmp/browser-${process.pid}`,
};
// Plain text in the log a failing story quotes (Playwright sets FORCE_COLOR for its children).
delete env.FORCE_COLOR;
env.NO_COLOR = '1';
const launcher = spawn(process.execPath, ['dist/apps/api/src/launch/main.js', '--demo'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env,
});

launcher.stdout.pipe(log, { end: false });
launcher.stderr.on('data', (chunk) => {
  log.write(chunk);
  process.stderr.write(chunk);
});

async function dropDatabase() {
  const cleanup = new pg.Client({ connectionString: admin });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await cleanup.end();
}
async function dropQueues() {
  const redis = new Redis(redisUrl, { lazyConnect: true });
  await redis.connect();
  for await (const keys of redis.scanStream({ match: `${queuePrefix}:*`, count: 500 })) {
    if (keys.length) await redis.unlink(...keys);
  }
  redis.disconnect();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => launcher.kill(signal));
launcher.on('exit', async (code, signal) => {
  log.write(`[browser-server] Parley stopped: exit code ${code}, signal ${signal}\n`);
  await Promise.all([dropDatabase(), dropQueues()]).catch(() => undefined);
  process.exit(code ?? 0);
});
