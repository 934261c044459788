import { defineJob, QueueName } from '@parley/platform';

/**
 * Delivers, in order, every pending notice of one endpoint about one case. Retried with exponential
 * backoff and jitter while the endpoint fails; later notices of that case wait their turn.
 */
export const DeliverWebhooksJob = defineJob<{ endpointId: string; caseKey: string }>(
  'DeliverWebhooksJob',
  QueueName.Deliveries,
  {
    attempts: 12,
    backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
  },
);
