import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Statement names by text: the same text always has the same name, on every connection. */
const names = new Map<string, string>();
/** Hot reads have a handful of shapes; beyond this many, a text is sent unnamed rather than kept. */
const MOST_NAMED = 500;

/**
 * A read outside any transaction as a named prepared statement (pg prepares it once per connection):
 * each later run sends only the parameters, so PostgreSQL neither receives nor parses the text again.
 * For the reads every request makes (the access decision, the combined reads), where the text's size
 * and its parsing were most of a statement's cost. Logged as TypeORM logs its own queries.
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  text: string,
  values: readonly unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (!name && names.size < MOST_NAMED) {
    name = `parley_${names.size + 1}`;
    names.set(text, name);
  }
  dataSource.logger.logQuery(text, [...values]);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  try {
    const result = await pool.query({ name, text, values: [...values] });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, [...values], error as Error);
  }
}
