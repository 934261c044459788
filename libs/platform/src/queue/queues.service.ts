import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { createQueue } from './queue-backend';
import { ALL_QUEUES, QueueName } from './queue-names';

/** Retries with exponential backoff and jitter; finished jobs kept long enough to dedupe by job id. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/** The producer side of every queue. */
@Injectable()
export class QueuesService implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = createQueue(name, this.config, DEFAULT_JOB_OPTIONS);
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Nothing waiting or running on any queue, and nothing delayed that is due within a few seconds (a
   * retry backing off); reminders delayed for days and the repeating sweep do not count. Tests wait
   * for this rather than sleeping.
   */
  async isIdle(): Promise<boolean> {
    const soon = Date.now() + 5_000;
    for (const name of ALL_QUEUES) {
      const queue = this.get(name);
      // The delayed jobs are read before and after the counts (one atomic call): a job that moved
      // between states meanwhile (a retry going back to delayed, a due one promoted) changes what is
      // seen, so it can never slip between two looks.
      const before = await queue.getDelayed();
      const counts = await queue.getJobCounts(
        'waiting',
        'active',
        'prioritized',
        'waiting-children',
        'delayed',
      );
      const after = await queue.getDelayed();
      const { delayed, ...running } = counts;
      if (Object.values(running).some((n) => n > 0)) return false;
      const ids = (jobs: typeof before) =>
        jobs
          .map((job) => job.id)
          .sort()
          .join();
      if (delayed !== before.length || ids(before) !== ids(after)) return false;
      if (after.some((job) => !job.repeatJobKey && job.timestamp + job.delay <= soon)) return false;
    }
    return true;
  }

  /** Counts and recent failures of every queue, for a test or an operator to read. */
  async describe(): Promise<string> {
    const parts: string[] = [];
    for (const name of ALL_QUEUES) {
      const queue = this.get(name);
      const counts = await queue.getJobCounts();
      const failed = (await queue.getFailed(0, 2)).map((j) => `${j.name}: ${j.failedReason}`);
      const delayed = (await queue.getDelayed(0, 3)).map(
        (j) =>
          `${j.name} in ${Math.round((j.timestamp + j.delay - Date.now()) / 1000)}s (${j.failedReason ?? 'first run'})`,
      );
      parts.push(
        `${name} ${JSON.stringify(counts)} failed [${failed.join('; ')}] delayed [${delayed.join('; ')}]`,
      );
    }
    return parts.join(' | ');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
