import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobDefinition } from './job-definition';
import { OutboxMessageEntity } from './outbox-message.entity';

export const OUTBOX_CHANNEL = 'parley_outbox';

/** Records jobs inside the caller's transaction; they exist for the worker only if it commits. */
@Injectable()
export class Outbox {
  async add<P extends object>(manager: EntityManager, job: JobDefinition<P>, payload: P): Promise<string> {
    // The row and the wake-up in one statement: a round trip to PostgreSQL costs more than the insert
    // itself, and a write path adds a message or two in every transaction (bench/write-path.bench.ts).
    // The notify is delivered at commit, so the relay wakes at once instead of waiting for its poll.
    const [message]: Array<{ id: string }> = await manager.query(
      `WITH message AS (
         INSERT INTO ${manager.connection.getMetadata(OutboxMessageEntity).tablePath} (queue, name, payload)
         VALUES ($1, $2, $3) RETURNING id)
       SELECT id, pg_notify($4, id::text) FROM message`,
      [job.queue, job.name, payload, OUTBOX_CHANNEL],
    );
    return message.id;
  }

  /**
   * SQL for a data-modifying CTE adding one message of `job` per row of `source`, a query whose
   * `payload` column is the job's data (ids only), so a statement that writes rows can add their jobs
   * in the same round trip. Pair it with `wakeSql` in the statement's final SELECT.
   */
  messagesFrom(manager: EntityManager, job: JobDefinition<object>, source: string): string {
    // The job's names come from code, never from input; checked all the same, as they are inlined.
    if (!/^\w+$/.test(job.name) || !/^\w+$/.test(job.queue)) throw new Error(`Bad job name ${job.name}`);
    return `INSERT INTO ${manager.connection.getMetadata(OutboxMessageEntity).tablePath} (queue, name, payload)
      SELECT '${job.queue}', '${job.name}', s.payload FROM (${source}) s RETURNING id`;
  }

  /** A scalar expression waking the relay at commit when the CTE `messages` (messagesFrom) added any. */
  wakeSql(messages: string): string {
    return `(SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM (SELECT 1 FROM ${messages} LIMIT 1) m)`;
  }
}
