import { EntityManager } from 'typeorm';

/**
 * Serializes writers on one key until the surrounding transaction ends (pg_advisory_xact_lock):
 * used where a read-then-append must not interleave, such as a case's audit chain.
 */
export async function lockForTransaction(manager: EntityManager, key: string): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('lockForTransaction needs a transaction: the lock would be released at once');
  }
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}
