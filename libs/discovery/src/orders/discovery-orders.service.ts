import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleTo } from '@parley/access';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import {
  JsonRead,
  jsonRead,
  BadInputError,
  Clock,
  Grant,
  ListArgs,
  lockForTransaction,
  pageOf,
  RuleViolationError,
  SystemRole,
} from '@parley/platform';
import { stipulationStep } from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';
import { DiscoveryOrderSubject } from '../discovery-capabilities';
import { DiscoveryOrderEntered, StipulationJoined, StipulationProposed } from '../discovery-events';
import {
  DiscoveryOrderBasis,
  DiscoveryOrderEntity,
  DiscoveryOrderKind,
  DiscoveryOrderStatus,
} from './discovery-order.entity';
import { DiscoveryOrderModel, toDiscoveryOrderModel } from './discovery-order.model';
import { RecordDiscoveryOrderInput } from './record-discovery-order.input';

/**
 * Stipulations and orders that change the default discovery rules of one case. A stipulation binds
 * only when every party has signed it (FRCP 29), the two-call pattern of agreeExtension: one side
 * alone leaves it PROPOSED. The court's staff enter orders, which take effect at once.
 */
@Injectable()
export class DiscoveryOrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: case.stipulate-or-order. */
  record(grant: Grant, input: RecordDiscoveryOrderInput): Promise<DiscoveryOrderModel> {
    if (input.kind === DiscoveryOrderKind.INTERROGATORY_LIMIT && input.interrogatoryLimit == null) {
      throw new BadInputError('interrogatoryLimit is required for an INTERROGATORY_LIMIT order.');
    }
    if (input.kind !== DiscoveryOrderKind.INTERROGATORY_LIMIT && input.interrogatoryLimit != null) {
      throw new BadInputError('interrogatoryLimit belongs only to an INTERROGATORY_LIMIT order.');
    }
    if (
      input.kind === DiscoveryOrderKind.DISCOVERY_AFTER_CUTOFF &&
      grant.actor.role !== SystemRole.COURT_STAFF
    ) {
      throw new RuleViolationError(
        'Civil L.R. 37-3',
        'Only the court can permit discovery whose responses fall due after the discovery cut-off (Civil L.R. 37-3; FRCP 29(b)); the parties cannot stipulate to it. Ask the court for that order.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // Two sides agreeing at once must meet on one proposal, not each start their own.
      await lockForTransaction(manager, `discovery-orders:${grant.caseId}:${input.kind}`);
      const parties = (await this.directory.parties(grant.caseId, manager)).map((p) => p.id);
      const order =
        grant.actor.role === SystemRole.COURT_STAFF
          ? await this.enter(manager, grant, input, parties)
          : await this.stipulate(manager, grant, input, parties);
      return toDiscoveryOrderModel(order);
    });
  }

  private async stipulate(
    manager: EntityManager,
    grant: Grant,
    input: RecordDiscoveryOrderInput,
    parties: string[],
  ): Promise<DiscoveryOrderEntity> {
    const mine = grant.party.id;
    const pending = await manager.findOne(DiscoveryOrderEntity, {
      where: { caseId: grant.caseId, kind: input.kind, status: DiscoveryOrderStatus.PROPOSED },
      order: { recordedAt: 'DESC' },
    });
    const step = stipulationStep({
      pending: pending && { terms: pending.interrogatoryLimit, agreedPartyIds: pending.agreedPartyIds },
      terms: input.interrogatoryLimit ?? null,
      sameTerms: (a, b) => a === b,
      partyId: mine,
      parties,
    });
    if (step.action === 'unchanged') return pending as DiscoveryOrderEntity;
    if (step.action === 'join') {
      const joined = pending as DiscoveryOrderEntity;
      joined.agreedPartyIds = step.agreedPartyIds;
      if (step.inEffect)
        Object.assign(joined, { status: DiscoveryOrderStatus.IN_EFFECT, effectiveAt: this.clock.now() });
      await manager.save(joined);
      await this.announce(manager, StipulationJoined, grant, joined, mine, parties);
      return joined;
    }
    if (pending) {
      await manager.update(
        DiscoveryOrderEntity,
        { id: pending.id },
        { status: DiscoveryOrderStatus.SUPERSEDED },
      );
    }
    const proposal = await this.save(manager, grant, input, {
      status: DiscoveryOrderStatus.PROPOSED,
      basis: DiscoveryOrderBasis.STIPULATION,
      proposedByPartyId: mine,
      agreedPartyIds: step.agreedPartyIds,
      effectiveAt: null,
    });
    await this.announce(manager, StipulationProposed, grant, proposal, mine, parties);
    return proposal;
  }

  private async enter(
    manager: EntityManager,
    grant: Grant,
    input: RecordDiscoveryOrderInput,
    parties: string[],
  ): Promise<DiscoveryOrderEntity> {
    // An order settles what the parties were still negotiating.
    await manager.update(
      DiscoveryOrderEntity,
      { caseId: grant.caseId, kind: input.kind, status: DiscoveryOrderStatus.PROPOSED },
      { status: DiscoveryOrderStatus.SUPERSEDED },
    );
    const order = await this.save(manager, grant, input, {
      status: DiscoveryOrderStatus.IN_EFFECT,
      basis: DiscoveryOrderBasis.COURT_ORDER,
      proposedByPartyId: null,
      agreedPartyIds: [],
      effectiveAt: this.clock.now(),
    });
    await this.announce(manager, DiscoveryOrderEntered, grant, order, null, parties);
    return order;
  }

  private save(
    manager: EntityManager,
    grant: Grant,
    input: RecordDiscoveryOrderInput,
    how: Pick<
      DiscoveryOrderEntity,
      'status' | 'basis' | 'proposedByPartyId' | 'agreedPartyIds' | 'effectiveAt'
    >,
  ): Promise<DiscoveryOrderEntity> {
    return manager.save(
      manager.create(DiscoveryOrderEntity, {
        ...how,
        caseId: grant.caseId,
        kind: input.kind,
        interrogatoryLimit: input.interrogatoryLimit ?? null,
        source: input.source,
        recordedById: grant.actor.userId,
        recordedAt: this.clock.now(),
      }),
    );
  }

  private announce(
    manager: EntityManager,
    event: typeof StipulationProposed,
    grant: Grant,
    order: DiscoveryOrderEntity,
    byPartyId: string | null,
    parties: string[],
  ) {
    return this.events.publish(manager, event, {
      caseId: order.caseId,
      actorId: grant.actor.userId,
      subjectId: order.id,
      data: {
        kind: order.kind,
        interrogatoryLimit: order.interrogatoryLimit,
        source: order.source,
        status: order.status,
        basis: order.basis,
        agreedPartyIds: order.agreedPartyIds,
        byPartyId,
      },
      notify: { parties: parties.filter((p) => p !== byPartyId) },
    });
  }

  /** Every stipulation and order of the case, proposals included (the other side must see them to agree). */
  async list(grant: Grant, page: ListArgs): Promise<DiscoveryOrderModel[]> {
    const query = this.dataSource
      .getRepository(DiscoveryOrderEntity)
      .createQueryBuilder('o')
      .where('o.case_id = :caseId', { caseId: grant.caseId })
      .andWhere(visibleTo(grant.actor, DiscoveryOrderSubject, 'o.id', this.clock.now()));
    return (await pageOf(query, page, 'o', ['recorded_at'], 'ASC')).map(toDiscoveryOrderModel);
  }

  /** The latest interrogatory limit in effect, or null for the default of FRCP 33(a)(1). */
  async interrogatoryLimit(manager: EntityManager, caseId: string): Promise<number | null> {
    const order = await manager.findOne(DiscoveryOrderEntity, {
      where: {
        caseId,
        kind: DiscoveryOrderKind.INTERROGATORY_LIMIT,
        status: DiscoveryOrderStatus.IN_EFFECT,
      },
      order: { effectiveAt: 'DESC', recordedAt: 'DESC' },
    });
    return order?.interrogatoryLimit ?? null;
  }

  /** earlyDiscoveryAllowed as a read to combine with others (readTogether). */
  earlyDiscoveryAllowedRead(caseId: string): JsonRead<boolean> {
    return jsonRead(
      `SELECT to_json(EXISTS (SELECT 1 FROM discovery_orders o
         WHERE o.case_id = $1 AND o.kind = $2 AND o.status = $3))`,
      [caseId, DiscoveryOrderKind.EARLY_DISCOVERY, DiscoveryOrderStatus.IN_EFFECT],
    );
  }

  earlyDiscoveryAllowed(manager: EntityManager, caseId: string): Promise<boolean> {
    return manager.existsBy(DiscoveryOrderEntity, {
      caseId,
      kind: DiscoveryOrderKind.EARLY_DISCOVERY,
      status: DiscoveryOrderStatus.IN_EFFECT,
    });
  }
}
