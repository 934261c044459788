import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createApiApp } from '@parley/api';
import { createWorker } from '@parley/worker';
import { DeadlineSweeper } from '@parley/deadlines';
import { AppConfig, Clock, loadConfigFromEnvironment, QueuesService } from '@parley/platform';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { GraphQLClient } from './graphql-client';
import { createTestDatabase } from './test-database';

export const ADMIN = { email: 'admin@parley.test', password: 'cobalt lantern meadow orbit' };

export interface Parley {
  config: AppConfig;
  api: NestFastifyApplication;
  worker: INestApplicationContext | null;
  baseUrl: string;
  /** An anonymous client; `.as(token)` for a signed-in one. */
  client: GraphQLClient;
  db: DataSource;
  /** Stops time at `instant` in the API and the worker (null: back to the system clock). */
  setTime(instant: Date | string | null): void;
  /** Runs the worker's deadline sweep now (as its minute would), then waits for what it started. */
  sweepDeadlines(): Promise<void>;
  /** Waits until the outbox is relayed and every queue is empty: no sleeping in tests. */
  waitForIdle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Run the worker in the same process (default true). */
  worker?: boolean;
  /** Settings over the test defaults, as environment variables. */
  env?: Record<string, string>;
  /** Share another instance's database (a second process of the same installation). */
  sameDatabaseAs?: Parley;
}

/**
 * Boots the real API (on a free port) and worker against a fresh clone of the migrated database and
 * the real Redis, under a Redis key prefix of its own.
 *
 * passport keeps its strategies in one registry per process, so the instance started last is the
 * one that authenticates: a test file that starts a second instance uses only that one afterwards.
 */
export async function startParley(options: StartOptions = {}): Promise<Parley> {
  const database = options.sameDatabaseAs
    ? { url: options.sameDatabaseAs.config.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  // Documents and staged uploads: a folder per installation, shared by its second process.
  const dataDir = options.sameDatabaseAs?.config.dataDir ?? mkdtempSync(join(tmpdir(), 'parley-test-'));
  const config = loadConfigFromEnvironment({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    QUEUE_PREFIX: `test-${randomBytes(5).toString('hex')}`,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Tests move the clock and sweep by hand (sweepDeadlines) rather than wait for the minute.
    DEADLINE_SWEEP_SECONDS: '0',
    // The API alone, whether or not the web app was built here: the browser stories test it served.
    WEB_DIR: 'tmp/no-web-app',
    PARLEY_DATA_DIR: dataDir,
    ...options.env,
  });
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const worker = options.worker === false ? null : await createWorker(config);
  await worker?.init();
  const address = api.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const db = api.get<DataSource>(getDataSourceToken());
  const queues = api.get(QueuesService);

  const parley: Parley = {
    config,
    api,
    worker,
    baseUrl,
    client: new GraphQLClient(baseUrl),
    db,
    setTime(instant) {
      const at = instant === null ? null : new Date(instant);
      for (const app of [api, worker]) app?.get(Clock).setForTesting(at);
    },
    async sweepDeadlines() {
      if (!worker) throw new Error('sweepDeadlines needs the worker');
      await parley.waitForIdle();
      await worker.get(DeadlineSweeper).sweep();
      await parley.waitForIdle();
    },
    async waitForIdle(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      // Quiet twice in a row: a job can write its outbox row after the count is read and finish
      // before the queues are, and one look would then miss the work it started.
      let quiet = 0;
      for (;;) {
        const [{ pending }] = await db.query(
          'SELECT count(*)::int AS pending FROM outbox_messages WHERE relayed_at IS NULL',
        );
        quiet = pending === 0 && (await queues.isIdle()) ? quiet + 1 : 0;
        if (quiet === 2) return;
        if (Date.now() > deadline)
          throw new Error(
            `Queues still busy after ${timeoutMs} ms (${pending} unrelayed): ${await queues.describe()}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await worker?.close();
      await api.close();
      const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 0, retryStrategy: () => null });
      redis.on('error', () => undefined);
      try {
        const keys = await redis.keys(`${config.queuePrefix}:*`);
        if (keys.length) await redis.del(...keys);
      } catch {
        // This instance ran without a reachable Redis: nothing to clean.
      } finally {
        redis.disconnect();
      }
      await database.drop();
      if (!options.sameDatabaseAs) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return parley;
}
