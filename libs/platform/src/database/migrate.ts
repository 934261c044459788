import { Client } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

type MigrationClass = new () => MigrationInterface;

/** Creates the database named in DATABASE_URL when the server lacks it (a fresh machine). */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) return;
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Hashed to the 64-bit key PostgreSQL locks on; the same in every copy of Parley, so all `migrate` runs meet on it. */
const MIGRATION_LOCK_KEY = 'parley:migrations';

/**
 * Applies pending migrations, each in its own transaction; returns the names applied. Several
 * `npm run migrate` at once (a deploy starting replicas together) take turns on a session advisory
 * lock, so each migration runs once: TypeORM itself does not guard against a second runner. The lock
 * is a session's, so this connects to PostgreSQL itself, not through a transaction-pooling PgBouncer.
 */
export async function runMigrations(
  config: Pick<AppConfig, 'databaseUrl'>,
  migrations: MigrationClass[],
): Promise<string[]> {
  const lock = new Client({ connectionString: config.databaseUrl, application_name: 'parley-migrate-lock' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource({ ...dataSourceOptions(config, 'parley-migrate'), migrations });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    // Ending the session releases the lock, on success or failure alike.
    await lock.end();
  }
}
