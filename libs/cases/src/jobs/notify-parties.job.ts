import { NotificationKind } from '@parley/notifications';
import { defineJob, QueueName } from '@parley/platform';

/**
 * Tells the members of some parties of a case about something that happened in it. Recipients are
 * found when the job runs, from the parties' members then: a notice only ever reaches people who can
 * see the case.
 */
export const NotifyPartiesJob = defineJob<{
  caseId: string;
  partyIds: string[];
  kind: NotificationKind;
  message: string;
}>('NotifyPartiesJob', QueueName.Notifications);
