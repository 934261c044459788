import { defineJob, QueueName } from '@parley/platform';

/** Sends one email delivery; retried with backoff while the mail server is away. */
export const SendEmailJob = defineJob<{ deliveryId: string }>('SendEmailJob', QueueName.Deliveries, {
  attempts: 10,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
});
