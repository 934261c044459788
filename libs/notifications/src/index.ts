export * from './email/send-email.handler';
import { EmailDeliveryEntity } from './email/email-delivery.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';
import { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity';

export * from './notices/notice-dispatcher';
export * from './notification-capabilities';
export * from './notification-kind';
export * from './notification.model';
export * from './notifications.module';
export * from './notifications.service';
export * from './webhooks/deliver-webhooks.handler';
export * from './webhooks/webhook-signature';

/** For the schema project's DataSource only. */
export const NOTIFICATIONS_ENTITIES = [
  NotificationEntity,
  NotificationPreferenceEntity,
  EmailDeliveryEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
];
