import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { JobDispatcher } from './job-dispatcher';
import { createWorker } from './queue-backend';
import { ALL_QUEUES } from './queue-names';
import { QueuesService } from './queues.service';
import { RETIRED_JOB_NAMES, removeRetiredJobs } from './retired-jobs';

/** How long the workers wait for the retired jobs to go: with Redis away, they must start anyway. */
const RETIRED_JOBS_WAIT_MS = 5_000;

/** One BullMQ worker per queue that has jobs, all feeding the dispatcher. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private workers: Worker[] = [];

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly dispatcher: JobDispatcher,
    private readonly queues: QueuesService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(QueueWorkers.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Before any worker can take one and fail it for want of a handler.
    await Promise.race([this.dropRetiredJobs(), sleep(RETIRED_JOBS_WAIT_MS, undefined, { ref: false })]);
    this.workers = this.dispatcher.queuesWithHandlers().map((queue) => {
      const worker = createWorker(
        queue,
        (job) => this.dispatcher.dispatch(job),
        this.config,
        this.config.queues.concurrency,
      );
      worker.on('failed', (job, err) =>
        this.logger.warn({ err, jobId: job?.id, job: job?.name, attempts: job?.attemptsMade }, 'Job failed'),
      );
      worker.on('error', (err) => this.logger.warn({ err, queue }, 'Queue worker error'));
      return worker;
    });
  }

  private async dropRetiredJobs(): Promise<void> {
    try {
      let dropped = 0;
      for (const queue of ALL_QUEUES) dropped += await removeRetiredJobs(this.queues.get(queue));
      this.logger.info(
        { dropped, jobs: RETIRED_JOB_NAMES },
        'Dropped queued jobs whose handlers were removed',
      );
    } catch (err) {
      this.logger.warn({ err }, 'Could not drop retired jobs; the next start tries again');
    }
  }

  /**
   * On SIGTERM, stop taking jobs and let the running ones finish (Worker.close waits for them), before
   * any module's shutdown closes the database or the queues they use. A job that cannot finish (the
   * process is killed meanwhile) goes back to the queue when its lock lapses.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    this.workers = [];
  }
}
