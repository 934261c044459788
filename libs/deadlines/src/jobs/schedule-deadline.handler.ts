import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, HandlesJob, JobHandler, PayloadOf, QueueName, QueuesService } from '@parley/platform';
import { DataSource } from 'typeorm';
import { DeadlineNoticeEntity, jobIdOf } from '../notices/deadline-notice.entity';
import { DeadlineNoticeJob, ScheduleDeadlineJob } from './deadline-jobs';

/**
 * Arms a deadline's jobs from its notice rows: each job is removed and added again, so a deadline
 * moved three times ends with one set of jobs, for its last date.
 */
@Injectable()
@HandlesJob(ScheduleDeadlineJob)
export class ScheduleDeadlineHandler implements JobHandler<PayloadOf<typeof ScheduleDeadlineJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly clock: Clock,
  ) {}

  async handle({ deadlineId }: PayloadOf<typeof ScheduleDeadlineJob>): Promise<void> {
    const notices = await this.dataSource.getRepository(DeadlineNoticeEntity).findBy({ deadlineId });
    for (const notice of notices) await armNotice(this.queues, notice, this.clock.now());
  }
}

/** Replaces a notice's job: none when it fired or was cancelled; otherwise one due at its time. */
export async function armNotice(
  queues: QueuesService,
  notice: DeadlineNoticeEntity,
  now: Date,
): Promise<void> {
  const queue = queues.get(QueueName.Deadlines);
  const jobId = jobIdOf(notice.deadlineId, notice.kind);
  await queue.remove(jobId);
  if (notice.firedAt || notice.cancelledAt) return;
  await queue.add(
    DeadlineNoticeJob.name,
    { deadlineId: notice.deadlineId, kind: notice.kind, dueOn: notice.dueOn },
    { jobId, delay: Math.max(0, notice.fireAt.getTime() - now.getTime()) },
  );
}
