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

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export async function runMigrations(
  config: Pick<AppConfig, 'databaseUrl'>,
  migrations: MigrationClass[],
): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(config, 'parley-migrate'), migrations });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
