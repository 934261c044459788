import { Injectable } from '@nestjs/common';
import { UsersService } from '@parley/accounts';
import {
  AppConfig,
  InjectConfig,
  JsonRead,
  jsonRead,
  Outbox,
  queryRows,
  readTogether,
} from '@parley/platform';
import { EntityManager } from 'typeorm';
import { noticeEmail } from '../email/email-content';
import { DeliveryStatus } from '../email/email-delivery.entity';
import { SendEmailJob } from '../email/send-email.job';
import { NotificationKind } from '../notification-kind';
import { DeliverWebhooksJob } from '../webhooks/deliver-webhooks.job';
import { WebhookPayload } from '../webhooks/webhook-delivery.entity';

/** A notice to one user about one event. Recipients come from the case-access policy's side. */
export interface Notice {
  userId: string;
  caseId: string | null;
  kind: NotificationKind;
  message: string;
  /** The event: with the recipient and the channel it makes each delivery's unique key. */
  eventId: string;
}

interface Recipients {
  preferences: Array<{ userId: string; emailEnabled: boolean }>;
  endpoints: Array<{ id: string; userId: string }>;
}

/**
 * Fans notices out to every channel: the in-app list, an email delivery (unless the user turned email
 * off) and a delivery per webhook endpoint of the user, with outbox jobs for those that leave Parley.
 * Each delivery has a unique key, so running this twice for an event changes nothing.
 *
 * Two statements whatever the number of recipients: one read (the accounts, preferences and endpoints
 * together) and one write, whose rows and outbox messages commit together even outside a transaction,
 * as one statement does. In the caller's transaction, when it has one, like any other statement.
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
    const userIds = [...new Set(notices.map((n) => n.userId))];
    const [contacts, { preferences, endpoints }] = await readTogether(manager, [
      this.users.contactsRead(userIds),
      this.recipientsRead(userIds),
    ]);
    const users = await this.users.withCourtNames(contacts, manager);

    const inApp = notices.map((n) => ({
      user_id: n.userId,
      case_id: n.caseId,
      kind: n.kind,
      message: n.message,
      delivery_key: `${n.eventId}:${n.userId}:in-app`,
    }));
    const emails = notices.flatMap((n) => {
      const user = users.find((u) => u.id === n.userId);
      const emailed = preferences.find((p) => p.userId === n.userId)?.emailEnabled ?? true;
      if (!user || !emailed) return [];
      const { subject, text, html } = noticeEmail(n.kind, n.message, user, this.config.publicUrl);
      return [
        {
          delivery_key: `${n.eventId}:${n.userId}:email`,
          user_id: n.userId,
          to_address: user.email,
          kind: n.kind,
          case_id: n.caseId,
          subject,
          text,
          html,
        },
      ];
    });
    const hooks = notices.flatMap((n) =>
      endpoints
        .filter((e) => e.userId === n.userId)
        .map((e) => ({
          endpoint_id: e.id,
          case_key: n.caseId ?? 'none',
          event_key: `${n.eventId}:${n.userId}`,
          kind: n.kind,
          payload: {
            event: n.kind,
            caseId: n.caseId,
            message: n.message,
            occurredAt,
            eventId: n.eventId,
          } satisfies WebhookPayload,
        })),
    );
    await queryRows(manager, this.writeSql(manager), [
      JSON.stringify(inApp),
      JSON.stringify(emails),
      JSON.stringify(hooks),
      DeliveryStatus.PENDING,
    ]);
  }

  /** The users' email preferences and live webhook endpoints, as a read to combine (readTogether). */
  private recipientsRead(userIds: readonly string[]): JsonRead<Recipients> {
    return jsonRead(
      `SELECT json_build_object(
         'preferences', (SELECT COALESCE(json_agg(json_build_object('userId', p.user_id, 'emailEnabled', p.email_enabled)), '[]')
                           FROM notification_preferences p WHERE p.user_id = ANY($1::uuid[])),
         'endpoints', (SELECT COALESCE(json_agg(json_build_object('id', e.id, 'userId', e.user_id) ORDER BY e.created_at, e.id), '[]')
                         FROM webhook_endpoints e WHERE e.user_id = ANY($1::uuid[]) AND e.deleted_at IS NULL))`,
      [[...userIds]],
    );
  }

  /**
   * Every delivery row, and a job for each that is new: an email's own, and one per endpoint and case
   * for webhooks (which deliver a case's notices in order). Rows already there (a job run twice) add
   * no job. Webhook rows keep the notices' order in their sequence (WITH ORDINALITY).
   */
  private writeSql(manager: EntityManager): string {
    return `WITH in_app AS (
        INSERT INTO notifications (user_id, case_id, kind, message, delivery_key)
        SELECT user_id, case_id, kind, message, delivery_key
          FROM jsonb_to_recordset($1::jsonb)
            AS n(user_id uuid, case_id uuid, kind text, message text, delivery_key text)
        ON CONFLICT DO NOTHING),
      emails AS (
        INSERT INTO email_deliveries (delivery_key, user_id, to_address, kind, case_id, subject, text, html, status)
        SELECT delivery_key, user_id, to_address, kind, case_id, subject, text, html, $4::text
          FROM jsonb_to_recordset($2::jsonb)
            AS e(delivery_key text, user_id uuid, to_address text, kind text, case_id uuid,
                 subject text, text text, html text)
        ON CONFLICT DO NOTHING RETURNING id),
      hooks AS (
        INSERT INTO webhook_deliveries (endpoint_id, case_key, event_key, kind, payload, status)
        SELECT (h->>'endpoint_id')::uuid, h->>'case_key', h->>'event_key', h->>'kind', h->'payload', $4::text
          FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS hook(h, position)
         ORDER BY position
        ON CONFLICT DO NOTHING RETURNING endpoint_id, case_key),
      messages AS (
        ${this.outbox.messagesFrom(manager, SendEmailJob, `SELECT jsonb_build_object('deliveryId', id) AS payload FROM emails`)}),
      hook_messages AS (
        ${this.outbox.messagesFrom(
          manager,
          DeliverWebhooksJob,
          `SELECT DISTINCT jsonb_build_object('endpointId', endpoint_id, 'caseKey', case_key) AS payload FROM hooks`,
        )})
      SELECT ${this.outbox.wakeSql('messages')}, ${this.outbox.wakeSql('hook_messages')}`;
  }
}
