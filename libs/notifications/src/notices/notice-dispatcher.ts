import { Injectable } from '@nestjs/common';
import { UsersService } from '@parley/accounts';
import { AppConfig, InjectConfig, Outbox } from '@parley/platform';
import { EntityManager, In, IsNull } from 'typeorm';
import { noticeEmail } from '../email/email-content';
import { DeliveryStatus, EmailDeliveryEntity } from '../email/email-delivery.entity';
import { SendEmailJob } from '../email/send-email.job';
import { NotificationKind } from '../notification-kind';
import { NotificationEntity } from '../notification.entity';
import { NotificationPreferenceEntity } from '../preferences/notification-preference.entity';
import { DeliverWebhooksJob } from '../webhooks/deliver-webhooks.job';
import { WebhookDeliveryEntity } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../webhooks/webhook-endpoint.entity';

/** A notice to one user about one event. Recipients come from the case-access policy's side. */
export interface Notice {
  userId: string;
  caseId: string | null;
  kind: NotificationKind;
  message: string;
  /** The event: with the recipient and the channel it makes each delivery's unique key. */
  eventId: string;
}

/**
 * Fans notices out to every channel in one transaction: the in-app list, an email delivery (unless the
 * user turned email off) and a delivery per webhook endpoint of the user, with outbox jobs for those
 * that leave Parley. Each delivery has a unique key, so running this twice for an event changes nothing.
 */
@Injectable()
export class NoticeDispatcher {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly outbox: Outbox,
  ) {}

  async deliver(manager: EntityManager, notices: readonly Notice[]): Promise<void> {
    if (notices.length === 0) return;
    const occurredAt = new Date().toISOString();
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(notices.map(({ eventId, ...n }) => ({ ...n, deliveryKey: `${eventId}:${n.userId}:in-app` })))
      .orIgnore()
      .execute();

    const userIds = [...new Set(notices.map((n) => n.userId))];
    // Sequential: one transaction is one connection.
    const users = await this.users.contacts(userIds, manager);
    const preferences = await manager.findBy(NotificationPreferenceEntity, { userId: In(userIds) });
    const endpoints = await manager.findBy(WebhookEndpointEntity, {
      userId: In(userIds),
      deletedAt: IsNull(),
    });

    const emailed = notices.filter(
      (n) => preferences.find((p) => p.userId === n.userId)?.emailEnabled ?? true,
    );
    const emails = emailed.flatMap((n) => {
      const user = users.find((u) => u.id === n.userId);
      if (!user) return [];
      return [
        {
          deliveryKey: `${n.eventId}:${n.userId}:email`,
          userId: n.userId,
          toAddress: user.email,
          kind: n.kind,
          caseId: n.caseId,
          status: DeliveryStatus.PENDING,
          ...noticeEmail(n.kind, n.message, user, this.config.publicUrl),
        },
      ];
    });
    if (emails.length) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(EmailDeliveryEntity)
        .values(emails)
        .orIgnore()
        .returning(['id'])
        .execute();
      for (const row of inserted.raw as Array<{ id: string }>)
        await this.outbox.add(manager, SendEmailJob, { deliveryId: row.id });
    }

    const hooks = notices.flatMap((n) =>
      endpoints
        .filter((e) => e.userId === n.userId)
        .map((e) => ({
          endpointId: e.id,
          caseKey: n.caseId ?? 'none',
          eventKey: `${n.eventId}:${n.userId}`,
          kind: n.kind,
          status: DeliveryStatus.PENDING,
          payload: { event: n.kind, caseId: n.caseId, message: n.message, occurredAt, eventId: n.eventId },
        })),
    );
    if (hooks.length) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(WebhookDeliveryEntity)
        .values(hooks)
        .orIgnore()
        .returning(['endpointId', 'caseKey'])
        .execute();
      const queues = new Set(
        (inserted.raw as Array<{ endpoint_id: string; case_key: string }>).map(
          (r) => `${r.endpoint_id} ${r.case_key}`,
        ),
      );
      for (const queue of queues) {
        const [endpointId, caseKey] = queue.split(' ');
        await this.outbox.add(manager, DeliverWebhooksJob, { endpointId, caseKey });
      }
    }
  }
}
