import { createPostgresBackend, JobsOptions, Processor, Queue, Worker } from 'bullmq';
import { AppConfig } from '../config/app-config';

// Where queues live is decided here and nowhere else: Redis by default, or BullMQ's PostgreSQL
// backend (the same Queue and Worker API) when there is no Redis, as on a bare laptop. Producers,
// workers and the board never learn which.

type QueueSettings = Pick<AppConfig, 'redisUrl' | 'queuePrefix' | 'queues'>;

function postgresConnection(config: QueueSettings) {
  return {
    connectionString: config.queues.postgresUrl,
    schema: config.queues.postgresSchema,
    // BullMQ creates or upgrades its own tables on first use, under its advisory lock.
    migrate: true,
    max: 5,
  };
}

export function createQueue(name: string, config: QueueSettings, defaultJobOptions: JobsOptions): Queue {
  if (config.queues.backend === 'postgres') {
    return new Queue(
      name,
      { connection: postgresConnection(config), defaultJobOptions },
      createPostgresBackend,
    ) as never;
  }
  return new Queue(name, {
    // Fail fast while Redis is away: the outbox keeps the job and the relay tries again.
    connection: { url: config.redisUrl, enableOfflineQueue: false },
    prefix: config.queuePrefix,
    defaultJobOptions,
  });
}

export function createWorker(
  name: string,
  processor: Processor,
  config: QueueSettings,
  concurrency: number,
): Worker {
  // Any number of workers share the queues; a job whose worker died goes back to the queue once its
  // lock lapses, found by whichever worker checks next.
  const claims = { lockDuration: config.queues.lockMs, stalledInterval: config.queues.stalledCheckMs };
  if (config.queues.backend === 'postgres') {
    return new Worker(
      name,
      processor,
      { connection: postgresConnection(config), concurrency, ...claims },
      createPostgresBackend,
    ) as never;
  }
  return new Worker(name, processor, {
    connection: { url: config.redisUrl, maxRetriesPerRequest: null },
    prefix: config.queuePrefix,
    concurrency,
    ...claims,
  });
}
