import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, HandlesJob, InjectConfig, JobHandler, PayloadOf } from '@parley/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DeliveryStatus } from '../email/email-delivery.entity';
import { DeliverWebhooksJob } from './deliver-webhooks.job';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature';
import { sendWebhook } from './webhook-transport';
import { WebhooksService } from './webhooks.service';

const TIMEOUT_MS = 10_000;

/** Another delivery of the same endpoint and case is under way; BullMQ retries this job shortly. */
export class QueueBusyError extends Error {}

@Injectable()
@HandlesJob(DeliverWebhooksJob)
export class DeliverWebhooksHandler implements JobHandler<PayloadOf<typeof DeliverWebhooksJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly webhooks: WebhooksService,
    private readonly clock: Clock,
  ) {}

  /**
   * Holds a lock on the endpoint's queue for the case while it works, so two workers never deliver
   * out of order; takes the oldest pending delivery, sends it, records the outcome, and goes on
   * until none is left or one fails (then the job is retried with backoff).
   */
  async handle({ endpointId, caseKey }: PayloadOf<typeof DeliverWebhooksJob>): Promise<void> {
    // A session lock on a connection of its own: each outcome commits as it happens, and a worker
    // that dies releases the lock with its connection.
    const key = `webhook:${endpointId}:${caseKey}`;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [key],
      );
      if (!locked)
        throw new QueueBusyError(
          `Webhook queue ${endpointId}/${caseKey} is being delivered by another worker`,
        );
      try {
        await this.drain(endpointId, caseKey);
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      }
    } finally {
      await runner.release();
    }
  }

  private async drain(endpointId: string, caseKey: string): Promise<void> {
    const manager = this.dataSource.manager;
    for (;;) {
      const endpoint = await manager.findOneBy(WebhookEndpointEntity, {
        id: endpointId,
        deletedAt: IsNull(),
      });
      if (!endpoint || endpoint.disabledAt) return;
      const next = await manager.findOne(WebhookDeliveryEntity, {
        where: { endpointId, caseKey, status: DeliveryStatus.PENDING },
        order: { seq: 'ASC' },
      });
      if (!next) return;
      await this.deliver(manager, endpoint, next);
    }
  }

  private async deliver(
    manager: EntityManager,
    endpoint: WebhookEndpointEntity,
    delivery: WebhookDeliveryEntity,
  ) {
    const body = JSON.stringify({ id: delivery.id, ...delivery.payload });
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const { status, error } = await sendWebhook(endpoint.url, this.config.webhooks.allowPrivateUrls, {
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Parley-Webhooks/1',
        'x-parley-event': delivery.kind,
        'x-parley-delivery': delivery.id,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(this.webhooks.secrets.open(endpoint.secretSealed), timestamp, body),
      },
      body,
      timeoutMs: TIMEOUT_MS,
    });
    const now = this.clock.now();
    if (!error) {
      await manager.update(
        WebhookDeliveryEntity,
        { id: delivery.id },
        {
          status: DeliveryStatus.DELIVERED,
          deliveredAt: now,
          lastAttemptAt: now,
          lastStatusCode: status,
          lastError: null,
          attempts: () => 'attempts + 1',
        },
      );
      await manager.update(WebhookEndpointEntity, { id: endpoint.id }, { consecutiveFailures: 0 });
      return;
    }
    await manager.update(
      WebhookDeliveryEntity,
      { id: delivery.id },
      {
        lastAttemptAt: now,
        lastStatusCode: status,
        lastError: error.slice(0, 500),
        attempts: () => 'attempts + 1',
      },
    );
    const failures = endpoint.consecutiveFailures + 1;
    const disable = failures >= this.config.webhooks.disableAfterFailures;
    await manager.update(
      WebhookEndpointEntity,
      { id: endpoint.id },
      {
        consecutiveFailures: failures,
        ...(disable
          ? {
              disabledAt: now,
              disabledReason: `Disabled after ${failures} failed attempts in a row (last: ${error})`,
            }
          : {}),
      },
    );
    if (disable) return;
    // Fail the job so BullMQ backs off; later deliveries of this case wait for this one.
    throw new DeliveryFailedError(error);
  }
}

export class DeliveryFailedError extends Error {}
