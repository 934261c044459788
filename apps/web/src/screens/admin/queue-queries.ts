import { graphql, VariablesOf } from '../../graphql/graphql';

export const QUEUE_BOARD_LINK = graphql(`
  mutation QueueBoardLink {
    queueBoardLink {
      url
      expiresAt
    }
  }
`);

export const RETRY_FAILED_JOBS = graphql(`
  mutation RetryFailedJobs($queue: QueueName!) {
    retryFailedJobs(queue: $queue)
  }
`);

export type Queue = VariablesOf<typeof RETRY_FAILED_JOBS>['queue'];

/** Each queue as an admin reads it: typed by the schema's QueueName, so a new queue cannot be left out. */
export const QUEUES: Record<Queue, { job: string; work: string }> = {
  Notifications: { job: 'notification', work: 'notices fanned out to Parley, email and webhooks' },
  Deadlines: { job: 'deadline', work: 'deadline reminders and deadlines passing' },
  Deliveries: { job: 'delivery', work: 'email and webhook calls going out' },
};
