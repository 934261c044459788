import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const PREFIX = 'parley_test_';

/**
 * Each run of the suite names its databases after the process that set it up, so two runs on one
 * server (two checkouts, a developer and CI) never drop each other's databases.
 */
function runId(): string {
  const id = process.env.PARLEY_TEST_RUN;
  if (!id) throw new Error('PARLEY_TEST_RUN is not set: the test databases are made by global-setup');
  return id;
}

export const templateDatabase = () => `${PREFIX}${runId()}_template`;

/** The server the tests use: DATABASE_URL's server when set, the local default otherwise. */
export function serverUrl(database = 'postgres'): string {
  const url = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/parley');
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for one test file, cloned from the migrated template: a few tens of
 * milliseconds, and no test sees another's rows.
 */
export function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return createDatabase(`TEMPLATE ${templateDatabase()}`);
}

/** An empty database of this run, for a test that migrates it step by step itself. */
export function createEmptyTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return createDatabase('');
}

async function createDatabase(options: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${PREFIX}${runId()}_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} ${options}`));
  return {
    url: serverUrl(name),
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes databases left behind by runs that have ended (their process is gone), then builds this
 * run's template. A run still going on keeps its databases.
 */
export async function resetTestDatabases(migrate: (url: string) => Promise<void>): Promise<void> {
  process.env.PARLEY_TEST_RUN = String(process.pid);
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE '${PREFIX}%'`,
    );
    for (const { datname } of rows) {
      const owner = /^parley_test_(\d+)_/.exec(datname)?.[1];
      if (owner && alive(Number(owner))) continue;
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE ${templateDatabase()}`);
  });
  await migrate(serverUrl(templateDatabase()));
}
