import { EmailDeliveryEntity } from './email/email-delivery.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';
import { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity';

export * from './email/email-delivery.entity';
export * from './notices/notice-dispatcher';
export * from './notification-kind';
export * from './notification.entity';
export * from './notification.model';
export * from './notifications.module';
export * from './notifications.service';
export * from './webhooks/webhook-signature';

export const NOTIFICATIONS_ENTITIES = [
  NotificationEntity,
  NotificationPreferenceEntity,
  EmailDeliveryEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
];
