import { defineJob, QueueName } from '@parley/platform';
import { DeadlineNoticeKind } from '../notices/deadline-notice.entity';

/** A deadline was set, moved or closed: (re)arm its reminder and passing jobs from the database. */
export const ScheduleDeadlineJob = defineJob<{ deadlineId: string }>(
  'ScheduleDeadlineJob',
  QueueName.Deadlines,
);

/** A reminder or passing event, as a delayed job with the id deadline:<id>:<kind>. */
export const DeadlineNoticeJob = defineJob<{ deadlineId: string; kind: DeadlineNoticeKind; dueOn: string }>(
  'DeadlineNoticeJob',
  QueueName.Deadlines,
);

/** Every minute: fire what is due but was never fired, and re-arm alarms Redis lost. */
export const DeadlineSweepJob = defineJob<Record<string, never>>('DeadlineSweepJob', QueueName.Deadlines);
