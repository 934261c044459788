import type { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** Statement names by text: the same text always has the same name, on every connection. */
const names = new Map<string, string>();
/** Hot statements have a handful of shapes; beyond this many, a text is sent unnamed rather than kept. */
const MOST_NAMED = 500;
/** Data sources whose connections cannot keep prepared statements (DATABASE_PREPARED_STATEMENTS=false). */
const unnamed = new WeakSet<DataSource>();

/**
 * Sends every statement of this data source unnamed: its connections share a session (the embedded
 * database) or a pooler hands them round without their prepared statements, so a name one connection
 * prepared would be missing, or already taken, on the next.
 */
export function withoutPreparedStatements(dataSource: DataSource): void {
  unnamed.add(dataSource);
}

function nameOf(dataSource: DataSource, text: string): string | undefined {
  if (unnamed.has(dataSource)) return undefined;
  let name = names.get(text);
  if (!name && names.size < MOST_NAMED) {
    name = `parley_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

async function run<T>(
  dataSource: DataSource,
  client: Pool | PoolClient,
  text: string,
  values: readonly unknown[],
): Promise<T[]> {
  dataSource.logger.logQuery(text, [...values]);
  try {
    const result = await client.query({ name: nameOf(dataSource, text), text, values: [...values] });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, [...values], error as Error);
  }
}

/**
 * A statement outside any transaction as a named prepared statement (pg prepares it once per connection):
 * each later run sends only the parameters, so PostgreSQL neither receives nor parses the text again.
 * For the reads every request makes (the access decision, the combined reads), where the text's size
 * and its parsing were most of a statement's cost. Logged as TypeORM logs its own queries.
 */
export function preparedQuery<T>(
  dataSource: DataSource,
  text: string,
  values: readonly unknown[],
): Promise<T[]> {
  return run<T>(dataSource, (dataSource.driver as PostgresDriver).master as Pool, text, values);
}

/**
 * A statement as a named prepared statement, answering its rows (none for a write without RETURNING),
 * on the caller's manager: on its transaction's connection when it has one, else on any
 * (preparedQuery). Jobs and writes run the same few texts thousands of times; parsing and planning each
 * again, and TypeORM's query runner and builders around it, were much of a notice job's and a serve's
 * cost after the round trips.
 */
export async function queryRows<T>(
  manager: EntityManager,
  text: string,
  values: readonly unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  if (!runner) return preparedQuery<T>(manager.connection, text, values);
  if (runner.isReleased) return manager.query(text, [...values]);
  // The transaction's own connection (connect() hands back the one it holds).
  const client: PoolClient = await runner.connect();
  return run<T>(manager.connection, client, text, values);
}
