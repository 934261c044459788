import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  Clock,
  HandlesJob,
  InjectConfig,
  JobHandler,
  QueueName,
  QueuesService,
} from '@parley/platform';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { DeadlineNoticeEntity, jobIdOf } from '../notices/deadline-notice.entity';
import { DeadlineSweepJob } from './deadline-jobs';
import { armNotice } from './schedule-deadline.handler';

/** Alarms further out are re-armed when they come within this window. */
const SCHEDULER_ID = 'deadline-sweep';
const LOOKAHEAD_MS = 48 * 3600_000;
const BATCH = 500;

/**
 * The safety net under the alarms: notices due but never fired get a job now, and notices due within
 * two days get their job back if Redis lost it. The database says what must happen; this makes sure it
 * does. Registered once, here, with upsertJobScheduler.
 */
@Injectable()
@HandlesJob(DeadlineSweepJob)
export class DeadlineSweeper implements JobHandler<Record<string, never>>, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(DeadlineSweeper.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.get(QueueName.Deadlines);
    if (this.config.deadlineSweepSeconds === 0) {
      await queue.removeJobScheduler(SCHEDULER_ID).catch(() => undefined);
      return;
    }
    await queue
      .upsertJobScheduler(
        SCHEDULER_ID,
        { every: this.config.deadlineSweepSeconds * 1000 },
        { name: DeadlineSweepJob.name, data: {} },
      )
      .catch((err: unknown) =>
        this.logger.warn(
          { err },
          'Could not schedule the deadline sweep yet; it is retried at the next start',
        ),
      );
  }

  handle(): Promise<void> {
    return this.sweep().then(() => undefined);
  }

  /** Returns how many alarms it set or fired. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const pending = await this.dataSource
      .getRepository(DeadlineNoticeEntity)
      .createQueryBuilder('n')
      .where('n.fired_at IS NULL AND n.cancelled_at IS NULL')
      .andWhere('n.fire_at <= :horizon', { horizon: new Date(now.getTime() + LOOKAHEAD_MS) })
      .orderBy('n.fire_at', 'ASC')
      .take(BATCH)
      .getMany();
    const queue = this.queues.get(QueueName.Deadlines);
    let repaired = 0;
    for (const notice of pending) {
      const due = notice.fireAt.getTime() <= now.getTime();
      const job = await queue.getJob(jobIdOf(notice.deadlineId, notice.kind));
      const state = job ? await job.getState() : 'missing';
      if (state === 'waiting' || state === 'active' || state === 'prioritized') continue;
      if (state === 'delayed' && !due) continue;
      if (state === 'delayed' && job) await job.promote();
      else await armNotice(this.queues, notice, now);
      repaired += 1;
    }
    return repaired;
  }
}
