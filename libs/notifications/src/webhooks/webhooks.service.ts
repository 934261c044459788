import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AppConfig,
  BadInputError,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  Grant,
  InjectConfig,
  lockForTransaction,
  NotFoundError,
  Outbox,
  Page,
  SecretBox,
  toPage,
} from '@parley/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DeliveryStatus } from '../email/email-delivery.entity';
import { DeliverWebhooksJob } from './deliver-webhooks.job';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { CreateWebhookEndpointInput, WebhookDeliveryModel, WebhookEndpointModel } from './webhook.models';
import { checkWebhookUrl } from './webhook-url.policy';

const MAX_ENDPOINTS = 10;

export function toEndpointModel(
  e: WebhookEndpointEntity,
  secret: string | null = null,
): WebhookEndpointModel {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    secret,
    enabled: !e.disabledAt,
    disabledReason: e.disabledReason,
    consecutiveFailures: e.consecutiveFailures,
    createdAt: e.createdAt,
  };
}

function toDeliveryModel(d: WebhookDeliveryEntity): WebhookDeliveryModel {
  return {
    id: d.id,
    kind: d.kind,
    caseId: d.caseKey === 'none' ? null : d.caseKey,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    lastAttemptAt: d.lastAttemptAt,
    deliveredAt: d.deliveredAt,
    createdAt: d.createdAt,
  };
}

/** A user's webhook endpoints and their delivery log. The user's notices reach them; nothing else does. */
@Injectable()
export class WebhooksService {
  readonly secrets: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly outbox: Outbox,
  ) {
    this.secrets = new SecretBox(config.jwt.secret, 'webhook-secrets');
  }

  async create(actor: Actor, input: CreateWebhookEndpointInput): Promise<WebhookEndpointModel> {
    const checked = await checkWebhookUrl(input.url, this.config.webhooks.allowPrivateUrls);
    if ('problem' in checked) throw new BadInputError(checked.problem);
    return this.dataSource.transaction(async (manager) => {
      // The user's endpoints are counted and added one caller at a time, so the cap holds under a burst.
      await lockForTransaction(manager, `webhook-endpoints:${actor.userId}`);
      if (
        (await manager.countBy(WebhookEndpointEntity, { userId: actor.userId, deletedAt: IsNull() })) >=
        MAX_ENDPOINTS
      ) {
        throw new BadInputError(
          `You can register at most ${MAX_ENDPOINTS} webhook endpoints; delete one first.`,
        );
      }
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      const endpoint = await manager.save(
        manager.create(WebhookEndpointEntity, {
          userId: actor.userId,
          url: input.url,
          description: input.description ?? '',
          secretSealed: this.secrets.seal(secret),
        }),
      );
      return toEndpointModel(endpoint, secret);
    });
  }

  async list(actor: Actor): Promise<WebhookEndpointModel[]> {
    const rows = await this.dataSource
      .getRepository(WebhookEndpointEntity)
      .find({ where: { userId: actor.userId, deletedAt: IsNull() }, order: { createdAt: 'ASC' } });
    return rows.map((e) => toEndpointModel(e));
  }

  /** grant: webhook-endpoint.manage, its owner's. */
  delete(grant: Grant): Promise<WebhookEndpointModel> {
    return this.dataSource.transaction(async (manager) => {
      const endpoint = await this.own(manager, grant);
      await manager.update(WebhookEndpointEntity, { id: endpoint.id }, { deletedAt: new Date() });
      return toEndpointModel({ ...endpoint, deletedAt: new Date() });
    });
  }

  /** Turns a disabled endpoint back on and resumes its pending deliveries, in order. */
  enable(grant: Grant): Promise<WebhookEndpointModel> {
    const id = grant.subject.id;
    return this.dataSource.transaction(async (manager) => {
      const endpoint = await this.own(manager, grant);
      const enabled = { disabledAt: null, disabledReason: null, consecutiveFailures: 0 };
      await manager.update(WebhookEndpointEntity, { id }, enabled);
      Object.assign(endpoint, enabled);
      const queues: Array<{ caseKey: string }> = await manager
        .createQueryBuilder(WebhookDeliveryEntity, 'd')
        .select('DISTINCT d.case_key', 'caseKey')
        .where('d.endpoint_id = :id AND d.status = :pending', { id, pending: DeliveryStatus.PENDING })
        .getRawMany();
      for (const { caseKey } of queues)
        await this.outbox.add(manager, DeliverWebhooksJob, { endpointId: id, caseKey });
      return toEndpointModel(endpoint);
    });
  }

  async deliveries(
    grant: Grant,
    first = DEFAULT_PAGE_SIZE,
    after?: string,
  ): Promise<Page<WebhookDeliveryModel>> {
    const endpointId = grant.subject.id;
    const query = this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.endpoint_id = :endpointId', { endpointId })
      .orderBy('d.seq', 'DESC')
      .take(first + 1);
    if (after) {
      // The cursor names the last delivery seen, not its seq: seq counts every endpoint's deliveries.
      const [afterId] = decodeCursor(after, ['uuid']);
      query.andWhere(
        'd.seq < (SELECT a.seq FROM webhook_deliveries a WHERE a.id = :afterId AND a.endpoint_id = :endpointId)',
        { afterId: String(afterId).toLowerCase() },
      );
    }
    const rows = await query.getMany();
    return toPage(rows, first, (d) => [d.id], toDeliveryModel);
  }

  /**
   * The endpoint, locked for the caller's transaction and read again under the lock: the grant was
   * decided a moment earlier, and a delete that ran in between must not be undone by a write here.
   */
  private async own(manager: EntityManager, grant: Grant): Promise<WebhookEndpointEntity> {
    const endpoint = await manager.findOne(WebhookEndpointEntity, {
      where: { id: grant.subject.id, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!endpoint) throw new NotFoundError('The webhook endpoint');
    return endpoint;
  }
}
