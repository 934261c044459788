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
/** How long a job waits within itself for older transactions to end before BullMQ's backoff takes over. */
const SETTLE_WAIT_MS = 5_000;

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
   * Delivers the endpoint's queue for the case in order: the oldest pending delivery, then the next,
   * until none is left or one fails (then the job is retried with backoff). Each delivery is one
   * transaction holding the queue's lock, so two workers never deliver out of order, each outcome
   * commits as it happens, and a worker that dies releases the lock with its transaction. The lock is
   * the transaction's, not the session's: it holds through a transaction-pooling PgBouncer too.
   *
   * "Oldest" is by the transaction that wrote the row, and a row goes only once every transaction
   * older than its own has ended: until then one of them could still commit a row that belongs
   * before it (two notices of one case written at once by two workers). That wait is the length of
   * a notice's write; one longer than SETTLE_WAIT_MS hands the job back to BullMQ's backoff.
   */
  async handle({ endpointId, caseKey }: PayloadOf<typeof DeliverWebhooksJob>): Promise<void> {
    const key = `webhook:${endpointId}:${caseKey}`;
    const waitUntil = Date.now() + SETTLE_WAIT_MS;
    for (let pause = 10; ;) {
      const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
        const [{ locked }] = await manager.query(
          'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
          [key],
        );
        if (!locked) return { done: true, busy: true };
        const endpoint = await manager.findOneBy(WebhookEndpointEntity, {
          id: endpointId,
          deletedAt: IsNull(),
        });
        if (!endpoint || endpoint.disabledAt) return { done: true };
        const { next, settled } = await this.head(manager, endpointId, caseKey);
        if (!next) return { done: true };
        if (!settled) return { done: false, unsettled: true };
        return this.deliver(manager, endpoint, next);
      });
      if (outcome.busy)
        throw new QueueBusyError(
          `Webhook queue ${endpointId}/${caseKey} is being delivered by another worker`,
        );
      // Thrown after the commit, so the failed attempt stays recorded; later deliveries of this case wait.
      if (outcome.error) throw new DeliveryFailedError(outcome.error);
      if (outcome.done) return;
      if (outcome.unsettled) {
        if (Date.now() > waitUntil)
          throw new QueueBusyError(
            `Webhook queue ${endpointId}/${caseKey} waits for an earlier transaction to end`,
          );
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, 200);
      }
    }
  }

  /**
   * The queue's next pending delivery, and whether every transaction older than the one that wrote
   * it has ended, read in one statement so both see the same snapshot.
   */
  private async head(
    manager: EntityManager,
    endpointId: string,
    caseKey: string,
  ): Promise<{ next?: WebhookDeliveryEntity; settled: boolean }> {
    const { entities, raw } = await manager
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .addSelect('d.txid < txid_snapshot_xmin(txid_current_snapshot())', 'settled')
      .where('d.endpointId = :endpointId AND d.caseKey = :caseKey AND d.status = :status', {
        endpointId,
        caseKey,
        status: DeliveryStatus.PENDING,
      })
      .orderBy('d.txid', 'ASC')
      .addOrderBy('d.seq', 'ASC')
      .limit(1)
      .getRawAndEntities<{ settled: boolean }>();
    return { next: entities[0], settled: raw[0]?.settled === true };
  }

  private async deliver(
    manager: EntityManager,
    endpoint: WebhookEndpointEntity,
    delivery: WebhookDeliveryEntity,
  ): Promise<Outcome> {
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
      return { done: false };
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
    // Disabled: nothing more to deliver. Otherwise fail the job so BullMQ backs off.
    return disable ? { done: true } : { done: true, error };
  }
}

/**
 * What one pass did: go on, stop, stop because another worker holds the queue, stop failing, or
 * wait because the next delivery's transaction is not yet older than every running one.
 */
interface Outcome {
  done: boolean;
  busy?: boolean;
  error?: string;
  unsettled?: boolean;
}

export class DeliveryFailedError extends Error {}
