import { mkdirSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { lock } from 'proper-lockfile';
import { AppConfig } from '@parley/platform';
import { servePGlite } from './pglite-session';

/** Settings the API and worker processes get on top of the environment, and how to stop what was started. */
export interface ResolvedServices {
  env: Record<string, string>;
  embeddedDatabase: boolean;
  stop(): Promise<void>;
}

export class MissingServiceError extends Error {}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Whether something accepts connections at a URL's host and port (no protocol spoken). */
export function answers(rawUrl: string, defaultPort: number, timeoutMs = 1500): Promise<boolean> {
  const url = new URL(rawUrl);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(Number(url.port || defaultPort), url.hostname.replace(/^\[|\]$/g, ''));
  });
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Embedded services stand in only for a service expected on this machine (a loopback address, as the
 * defaults are), and never in production; an address on another host that does not answer is an
 * error to see, not to paper over.
 */
function mayStandIn(config: AppConfig, rawUrl: string): boolean {
  return config.env !== 'production' && LOOPBACK.has(new URL(rawUrl).hostname);
}

function where(rawUrl: string, defaultPort: number): string {
  const url = new URL(rawUrl);
  return `${url.hostname}:${url.port || defaultPort}`;
}

/**
 * One process per data folder: PGlite has no postmaster.pid, and two of them writing one folder would
 * corrupt it. The lock goes stale when its holder dies without releasing it (a kill -9).
 */
async function lockFolder(folder: string): Promise<() => Promise<void>> {
  try {
    return await lock(folder, {
      realpath: false,
      stale: 30_000,
      update: 10_000,
      // A busy event loop (PGlite starting) can delay the refresh; carry on rather than crash.
      onCompromised: () => undefined,
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    throw new MissingServiceError(
      `Another Parley is already running on ${folder}. Stop it first, or set PARLEY_DATA_DIR to another folder (one that was killed frees it within 30 seconds).`,
    );
  }
}

async function startEmbeddedPostgres(folder: string) {
  mkdirSync(folder, { recursive: true });
  const unlock = await lockFolder(folder);
  // btree_gist: the productions' exclusion constraints (no repeated Bates number) need it.
  const db = await PGlite.create({ dataDir: folder, extensions: { btree_gist } }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const port = await freeLoopbackPort();
  const server = await servePGlite(db, port);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    folder,
    stop: async () => {
      await server.close();
      await db.close();
      await unlock();
    },
  };
}

/**
 * Finds PostgreSQL and Redis, or stands in for them (issue 6): with no PostgreSQL at the default
 * address an embedded PGlite serves the same wire protocol; with no Redis the queues run on BullMQ's
 * PostgreSQL backend in the same database. Each choice is said in one log line.
 */
export async function resolveServices(
  config: AppConfig,
  log: (line: string) => void,
): Promise<ResolvedServices> {
  const env: Record<string, string> = {};
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };

  if (!(await answers(config.databaseUrl, 5432))) {
    if (!mayStandIn(config, config.databaseUrl)) {
      throw new MissingServiceError(
        `PostgreSQL does not answer at ${where(config.databaseUrl, 5432)} (DATABASE_URL). Start it or point DATABASE_URL at one.`,
      );
    }
    const embedded = await startEmbeddedPostgres(join(config.dataDir, 'pglite'));
    stops.push(embedded.stop);
    env.DATABASE_URL = embedded.url;
    // Every connection to PGlite shares its one session: a statement one prepared is taken on all.
    env.DATABASE_PREPARED_STATEMENTS = 'false';
    log(
      `No PostgreSQL at ${where(config.databaseUrl, 5432)}: using embedded PostgreSQL (PGlite), data in ${embedded.folder}. For real use, run PostgreSQL and set DATABASE_URL.`,
    );
  }
  const embeddedDatabase = 'DATABASE_URL' in env;

  if (config.queues.backend === 'redis' && !(await answers(config.redisUrl, 6379))) {
    if (!mayStandIn(config, config.redisUrl)) {
      await stop();
      throw new MissingServiceError(
        `Redis does not answer at ${where(config.redisUrl, 6379)} (REDIS_URL). Start it, point REDIS_URL at one, or set QUEUE_BACKEND=postgres.`,
      );
    }
    env.QUEUE_BACKEND = 'postgres';
    if (embeddedDatabase) {
      // PGlite is a single session: a job added while a transaction holds it would wait for that
      // transaction, which waits for the job. The queues get an embedded database of their own.
      const queues = await startEmbeddedPostgres(join(config.dataDir, 'pglite-queues')).catch(
        async (error: unknown) => {
          await stop();
          throw error;
        },
      );
      stops.push(queues.stop);
      env.QUEUE_DATABASE_URL = queues.url;
      // One session again: BullMQ's search_path must not hide the tables it creates.
      env.QUEUE_POSTGRES_SCHEMA = 'public';
    }
    log(
      `No Redis at ${where(config.redisUrl, 6379)}: queues run on PostgreSQL (BullMQ's PostgreSQL backend)${embeddedDatabase ? ", in an embedded database beside Parley's" : " in Parley's database"}. For real use, run Redis and set REDIS_URL.`,
    );
  }
  return { env, embeddedDatabase, stop };
}
