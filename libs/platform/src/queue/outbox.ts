import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobDefinition } from './job-definition';
import { OutboxMessageEntity } from './outbox-message.entity';

export const OUTBOX_CHANNEL = 'parley_outbox';

/** Records jobs inside the caller's transaction; they exist for the worker only if it commits. */
@Injectable()
export class Outbox {
  async add<P extends object>(manager: EntityManager, job: JobDefinition<P>, payload: P): Promise<string> {
    const message = await manager.save(
      manager.create(OutboxMessageEntity, {
        queue: job.queue,
        name: job.name,
        payload: payload as Record<string, unknown>,
      }),
    );
    // Delivered at commit, so the relay wakes at once instead of waiting for its next poll.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, message.id]);
    return message.id;
  }
}
