import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AppConfig,
  BadInputError,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  InjectConfig,
  NotFoundError,
  Outbox,
  Page,
  SecretBox,
  toPage,
} from '@parley/platform';
import { DataSource, IsNull } from 'typeorm';
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
    const repository = this.dataSource.getRepository(WebhookEndpointEntity);
    if ((await repository.countBy({ userId: actor.userId, deletedAt: IsNull() })) >= MAX_ENDPOINTS) {
      throw new BadInputError(
        `You can register at most ${MAX_ENDPOINTS} webhook endpoints; delete one first.`,
      );
    }
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const endpoint = await repository.save(
      repository.create({
        userId: actor.userId,
        url: input.url,
        description: input.description ?? '',
        secretSealed: this.secrets.seal(secret),
      }),
    );
    return toEndpointModel(endpoint, secret);
  }

  async list(actor: Actor): Promise<WebhookEndpointModel[]> {
    const rows = await this.dataSource
      .getRepository(WebhookEndpointEntity)
      .find({ where: { userId: actor.userId, deletedAt: IsNull() }, order: { createdAt: 'ASC' } });
    return rows.map((e) => toEndpointModel(e));
  }

  async delete(actor: Actor, id: string): Promise<WebhookEndpointModel> {
    const endpoint = await this.own(actor, id);
    endpoint.deletedAt = new Date();
    await this.dataSource.getRepository(WebhookEndpointEntity).save(endpoint);
    return toEndpointModel(endpoint);
  }

  /** Turns a disabled endpoint back on and resumes its pending deliveries, in order. */
  enable(actor: Actor, id: string): Promise<WebhookEndpointModel> {
    return this.dataSource.transaction(async (manager) => {
      const endpoint = await this.own(actor, id);
      Object.assign(endpoint, { disabledAt: null, disabledReason: null, consecutiveFailures: 0 });
      await manager.save(endpoint);
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
    actor: Actor,
    endpointId: string,
    first = DEFAULT_PAGE_SIZE,
    after?: string,
  ): Promise<Page<WebhookDeliveryModel>> {
    await this.own(actor, endpointId);
    const query = this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.endpoint_id = :endpointId', { endpointId })
      .orderBy('d.seq', 'DESC')
      .take(first + 1);
    if (after) query.andWhere('d.seq < :seq', { seq: decodeCursor(after, ['int'])[0] });
    const rows = await query.getMany();
    return toPage(rows, first, (d) => [Number(d.seq)], toDeliveryModel);
  }

  private async own(actor: Actor, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.dataSource
      .getRepository(WebhookEndpointEntity)
      .findOneBy({ id, userId: actor.userId, deletedAt: IsNull() });
    if (!endpoint) throw new NotFoundError('The webhook endpoint');
    return endpoint;
  }
}
