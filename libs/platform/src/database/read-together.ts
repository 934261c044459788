import { EntityManager } from 'typeorm';
import { queryRows } from './prepared-query';
import { StatementTexts } from './statement-texts';

/** Combined statements, by the texts of their reads and how many parameters each takes. */
const COMBINED = new StatementTexts();

/**
 * A read a lib offers for others to combine with theirs: a scalar subquery giving JSON, over that
 * lib's own tables, with its own parameters numbered from $1 (nothing else in it may look like `$1`).
 */
export interface JsonRead<T> {
  readonly sql: string;
  readonly parameters: readonly unknown[];
  /** Type-level only: what the JSON is. */
  readonly result?: T;
}

/** A model as PostgreSQL's JSON gives it: instants arrive as their ISO text, to be made Dates again. */
export type JsonOf<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

export function jsonRead<T>(sql: string, parameters: readonly unknown[]): JsonRead<T> {
  return { sql, parameters };
}

/**
 * The reads as the columns r0, r1 … of one SELECT, each read's parameters numbered after those
 * before it (also what combined-reads.ts sends for a request's reads).
 */
export function combineJsonReads(reads: readonly JsonRead<unknown>[]): {
  sql: string;
  parameters: unknown[];
} {
  const parameters: unknown[] = [];
  const parts: unknown[] = [];
  for (const read of reads) {
    parts.push(read.sql, read.parameters.length);
    parameters.push(...read.parameters);
  }
  const sql = COMBINED.text(parts, () => {
    let offset = 0;
    const columns = reads.map((read, i) => {
      const own = offset === 0 ? read.sql : read.sql.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + offset}`);
      offset += read.parameters.length;
      return `(${own}) AS r${i}`;
    });
    return `SELECT ${columns.join(', ')}`;
  });
  return { sql, parameters };
}

type Results<R extends readonly JsonRead<unknown>[]> = {
  -readonly [K in keyof R]: R[K] extends JsonRead<infer T> ? T : never;
};

/**
 * Several libs' reads in one statement, on the caller's connection (inside its transaction if it has
 * one). A job that needs a case's parties, their members and their preferences pays one round trip
 * instead of one per lib: the round trip, not the reading, is most of what a small read costs.
 */
export async function readTogether<const R extends readonly JsonRead<unknown>[]>(
  manager: EntityManager,
  reads: R,
): Promise<Results<R>> {
  const { sql, parameters } = combineJsonReads(reads);
  const [row] = await queryRows<Record<string, unknown>>(manager, sql, parameters);
  return reads.map((_, i) => row[`r${i}`]) as Results<R>;
}
