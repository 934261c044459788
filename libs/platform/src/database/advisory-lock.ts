import { EntityManager } from 'typeorm';
import { queryRows } from './prepared-query';

/**
 * Serializes writers on one key until the surrounding transaction ends (pg_advisory_xact_lock):
 * used where a read-then-append must not interleave, such as a case's audit chain.
 */
export async function lockForTransaction(manager: EntityManager, key: string): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('lockForTransaction needs a transaction: the lock would be released at once');
  }
  await queryRows(manager, 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}

/**
 * The shared side of lockForTransaction's key: any number of holders at once, but none while a
 * transaction holds the key with lockForTransaction (and that one waits for them). Used by readers
 * whose result is stored, so that a writer of what they read cannot slip in between.
 */
export async function shareLockForTransaction(manager: EntityManager, key: string): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('shareLockForTransaction needs a transaction: the lock would be released at once');
  }
  await queryRows(manager, 'SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [key]);
}
