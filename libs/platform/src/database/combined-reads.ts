import { DataSource } from 'typeorm';
import type { GraphQLContext } from '../graphql/graphql-context';
import { preparedQuery } from './prepared-query';
import { combineJsonReads } from './read-together';

interface Read {
  sql: string;
  parameters: readonly unknown[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * The reads one step of a request asks for, sent to PostgreSQL as one statement. A statement costs
 * a round trip and its system calls whatever it returns, and a GraphQL request's root fields (or a
 * level's relations) all ask in the same tick: a case's dashboard, its access decision included
 * (Access.toRead) and its relations nested in its root fields' reads, is then one statement whatever
 * its size. Each read is a scalar expression giving JSON, so reads of different shapes sit side by
 * side as the columns of one row.
 */
class CombinedReads {
  private pending: Read[] = [];

  constructor(private readonly dataSource: DataSource) {}

  read(sql: string, parameters: readonly unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) {
        // As DataLoader schedules a batch: after every promise job of this tick has had its turn.
        void Promise.resolve().then(() => process.nextTick(() => void this.flush()));
      }
      this.pending.push({ sql, parameters, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const reads = this.pending;
    this.pending = [];
    const { sql, parameters } = combineJsonReads(reads);
    try {
      const [row] = await preparedQuery<Record<string, unknown>>(this.dataSource, sql, parameters);
      reads.forEach((read, i) => read.resolve(row[`r${i}`]));
    } catch (error) {
      for (const read of reads) read.reject(error);
    }
  }
}

/**
 * Reads a JSON value within the request's combined statement. `sql` is a scalar subquery giving JSON
 * (a `json_agg` or `json_build_object`) with its own parameters numbered from $1; nothing else in it
 * may look like `$1`.
 */
export function readJson<T>(
  context: GraphQLContext,
  dataSource: DataSource,
  sql: string,
  parameters: readonly unknown[],
): Promise<T> {
  return context.loaders
    .shared(dataSource, () => new CombinedReads(dataSource))
    .read(sql, parameters) as Promise<T>;
}
