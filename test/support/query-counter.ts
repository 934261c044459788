import { DataSource } from 'typeorm';

/**
 * Counts the SQL statements the API's DataSource runs while `work` runs, to show that a list with
 * nested relations costs a constant number of queries (DataLoaders), not one per row.
 */
export async function countQueries(db: DataSource, work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const logger = db.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    if (!/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(query)) statements.push(query);
    return original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return statements;
}
