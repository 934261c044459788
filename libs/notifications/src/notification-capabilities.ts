import { defineCapability, defineSubject, owner } from '@parley/access';

/** A user's webhook endpoint: theirs alone; a deleted one is nobody's. */
export const WebhookEndpointSubject = defineSubject({
  kind: 'webhook-endpoint',
  noun: 'The webhook endpoint',
  reach: { owner: true },
  from: 'webhook_endpoints w',
  id: 'w.id',
  owner: 'CASE WHEN w.deleted_at IS NULL THEN w.user_id END',
});

export const WebhookCapabilities = {
  MANAGE: defineCapability('webhook-endpoint.manage', WebhookEndpointSubject, owner()),
};
