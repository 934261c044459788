import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@parley/accounts';
import { EmailDeliveryEntity } from './email/email-delivery.entity';
import { Mailer } from './email/mailer';
import { SendEmailHandler } from './email/send-email.handler';
import { NoticeDispatcher } from './notices/notice-dispatcher';
import { NotificationEntity } from './notification.entity';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { DeliverWebhooksHandler } from './webhooks/deliver-webhooks.handler';
import { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity';
import { WebhooksResolver } from './webhooks/webhooks.resolver';
import { WebhooksService } from './webhooks/webhooks.service';

const entities = TypeOrmModule.forFeature([
  NotificationEntity,
  NotificationPreferenceEntity,
  EmailDeliveryEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
]);

/** Notices: the in-app list, email and signed webhooks, and each user's preferences and endpoints. */
@Module({
  imports: [entities, AccountsModule],
  providers: [
    NotificationsService,
    NoticeDispatcher,
    WebhooksService,
    NotificationsResolver,
    PreferencesResolver,
    WebhooksResolver,
  ],
  exports: [NotificationsService, NoticeDispatcher],
})
export class NotificationsModule {}

/** The worker's part: sending email and calling webhooks. */
@Module({
  imports: [entities, AccountsModule],
  providers: [NoticeDispatcher, WebhooksService, Mailer, SendEmailHandler, DeliverWebhooksHandler],
  exports: [NoticeDispatcher],
})
export class NotificationsJobsModule {}
