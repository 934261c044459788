import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { JobDispatcher } from './job-dispatcher';
import { createWorker } from './queue-backend';

/** One BullMQ worker per queue that has jobs, all feeding the dispatcher. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private workers: Worker[] = [];

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly dispatcher: JobDispatcher,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(QueueWorkers.name);
  }

  onApplicationBootstrap(): void {
    this.workers = this.dispatcher.queuesWithHandlers().map((queue) => {
      const worker = createWorker(queue, (job) => this.dispatcher.dispatch(job), this.config, 5);
      worker.on('failed', (job, err) =>
        this.logger.warn({ err, jobId: job?.id, job: job?.name, attempts: job?.attemptsMade }, 'Job failed'),
      );
      worker.on('error', (err) => this.logger.warn({ err, queue }, 'Queue worker error'));
      return worker;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    this.workers = [];
  }
}
