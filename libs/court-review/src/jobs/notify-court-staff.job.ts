import { defineJob, QueueName } from '@parley/platform';

/** An escalation went before the court: its staff hear of it. */
export const NotifyCourtStaffJob = defineJob<{ escalationId: string }>(
  'NotifyCourtStaffJob',
  QueueName.Notifications,
);
