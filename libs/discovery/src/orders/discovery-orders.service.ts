import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CaseAccessService, CaseCapability, NotifyPartiesJob, PartyEntity } from '@parley/cases';
import { NotificationKind } from '@parley/notifications';
import { Actor, BadInputError, Outbox } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { DiscoveryOrderEntity, DiscoveryOrderKind } from './discovery-order.entity';
import { DiscoveryOrderModel, toDiscoveryOrderModel } from './discovery-order.model';
import { RecordDiscoveryOrderInput } from './record-discovery-order.input';

const KIND_WORDS: Record<DiscoveryOrderKind, string> = {
  INTERROGATORY_LIMIT: 'a different interrogatory limit',
  EARLY_DISCOVERY: 'discovery before the Rule 26(f) conference',
};

/** Stipulations and orders that change the default discovery rules of one case. */
@Injectable()
export class DiscoveryOrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  record(actor: Actor, input: RecordDiscoveryOrderInput): Promise<DiscoveryOrderModel> {
    if (input.kind === DiscoveryOrderKind.INTERROGATORY_LIMIT && input.interrogatoryLimit == null) {
      throw new BadInputError('interrogatoryLimit is required for an INTERROGATORY_LIMIT order.');
    }
    if (input.kind !== DiscoveryOrderKind.INTERROGATORY_LIMIT && input.interrogatoryLimit != null) {
      throw new BadInputError('interrogatoryLimit belongs only to an INTERROGATORY_LIMIT order.');
    }
    return this.dataSource.transaction(async (manager) => {
      const grant = await this.access.require(actor, input.caseId, CaseCapability.RECORD_CASE_ORDER, {
        manager,
      });
      const order = await manager.save(
        manager.create(DiscoveryOrderEntity, {
          caseId: input.caseId,
          kind: input.kind,
          interrogatoryLimit: input.interrogatoryLimit ?? null,
          source: input.source,
          recordedById: actor.userId,
        }),
      );
      await this.audit.append(manager, {
        caseId: input.caseId,
        actorId: actor.userId,
        action: 'DISCOVERY_ORDER_RECORDED',
        subjectType: 'DiscoveryOrder',
        subjectId: order.id,
        after: { kind: order.kind, interrogatoryLimit: order.interrogatoryLimit, source: order.source },
      });
      const mine = new Set(grant.memberships.map((m) => m.partyId));
      const others = await manager.findBy(PartyEntity, { caseId: input.caseId });
      await this.outbox.add(manager, NotifyPartiesJob, {
        caseId: input.caseId,
        partyIds: others.filter((p) => !mine.has(p.id)).map((p) => p.id),
        kind: NotificationKind.DISCOVERY_ORDER_RECORDED,
        message: `A stipulation or order allowing ${KIND_WORDS[order.kind]} was recorded: ${order.source}.`,
      });
      return toDiscoveryOrderModel(order);
    });
  }

  async list(actor: Actor, caseId: string): Promise<DiscoveryOrderModel[]> {
    await this.access.require(actor, caseId, CaseCapability.READ);
    const rows = await this.dataSource
      .getRepository(DiscoveryOrderEntity)
      .find({ where: { caseId }, order: { recordedAt: 'ASC' } });
    return rows.map(toDiscoveryOrderModel);
  }

  /** The latest recorded interrogatory limit, or null for the default of FRCP 33(a)(1). */
  async interrogatoryLimit(manager: EntityManager, caseId: string): Promise<number | null> {
    const order = await manager.findOne(DiscoveryOrderEntity, {
      where: { caseId, kind: DiscoveryOrderKind.INTERROGATORY_LIMIT },
      order: { recordedAt: 'DESC' },
    });
    return order?.interrogatoryLimit ?? null;
  }

  earlyDiscoveryAllowed(manager: EntityManager, caseId: string): Promise<boolean> {
    return manager.existsBy(DiscoveryOrderEntity, { caseId, kind: DiscoveryOrderKind.EARLY_DISCOVERY });
  }
}
