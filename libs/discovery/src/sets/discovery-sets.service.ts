import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CaseAccessService, CaseCapability, NotifyPartiesJob, PartyEntity } from '@parley/cases';
import { DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { NotificationKind } from '@parley/notifications';
import { Actor, BadInputError, Clock, ConflictError, Outbox } from '@parley/platform';
import { Brackets, DataSource } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { CreateDiscoverySetInput } from './create-discovery-set.input';
import { DiscoveryAccess } from './discovery-access';
import { DiscoveryItemEntity } from './discovery-item.entity';
import { DiscoverySetEntity } from './discovery-set.entity';
import { DiscoverySetModel, toDiscoverySetModel } from './discovery-set.model';

/** Drafting, listing and withdrawing discovery sets; serving is in serve-discovery-set.service.ts. */
@Injectable()
export class DiscoverySetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly discoveryAccess: DiscoveryAccess,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** A DRAFT, visible only to the drafting party. Paralegals may draft (FRCP 26(g) governs signing). */
  create(actor: Actor, input: CreateDiscoverySetInput): Promise<DiscoverySetModel> {
    return this.dataSource.transaction(async (manager) => {
      const { party: serving } = await this.access.requireForParty(
        actor,
        input.servingPartyId,
        CaseCapability.ACT_FOR_PARTY,
        { manager },
      );
      if (serving.caseId !== input.caseId)
        throw new BadInputError('servingPartyId is not a party of this case.');
      const responding = await manager.findOneBy(PartyEntity, {
        id: input.respondingPartyId,
        caseId: input.caseId,
      });
      if (!responding) throw new BadInputError('respondingPartyId is not a party of this case.');
      if (responding.id === serving.id) throw new BadInputError('A party cannot serve discovery on itself.');

      const set = await manager.save(
        manager.create(DiscoverySetEntity, {
          caseId: input.caseId,
          servingPartyId: serving.id,
          respondingPartyId: responding.id,
          kind: input.kind,
          title: input.title,
          status: SetStatus.DRAFT,
          createdById: actor.userId,
        }),
      );
      await manager.insert(
        DiscoveryItemEntity,
        input.items.map((item, i) => ({
          setId: set.id,
          number: i + 1,
          text: item.text,
          subparts: item.subparts ?? 0,
        })),
      );
      await this.audit.append(manager, {
        caseId: input.caseId,
        actorId: actor.userId,
        action: 'SET_DRAFTED',
        subjectType: 'DiscoverySet',
        subjectId: set.id,
        after: {
          kind: set.kind,
          title: set.title,
          servingPartyId: serving.id,
          respondingPartyId: responding.id,
          items: input.items.length,
        },
      });
      return toDiscoverySetModel(set);
    });
  }

  async get(actor: Actor, id: string): Promise<DiscoverySetModel> {
    return toDiscoverySetModel(await this.discoveryAccess.visibleSet(actor, id, this.dataSource.manager));
  }

  /** Served sets of the case, and drafts of the parties the actor represents; newest first. */
  async list(actor: Actor, caseId: string): Promise<DiscoverySetModel[]> {
    const grant = await this.access.require(actor, caseId, CaseCapability.READ);
    const myParties = grant.memberships.map((m) => m.partyId);
    const rows = await this.dataSource
      .getRepository(DiscoverySetEntity)
      .createQueryBuilder('s')
      .where('s.case_id = :caseId', { caseId })
      .andWhere(
        new Brackets((visible) =>
          visible
            .where('s.status <> :draft', { draft: SetStatus.DRAFT })
            .orWhere('s.serving_party_id = ANY(:myParties)', { myParties }),
        ),
      )
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
    return rows.map(toDiscoverySetModel);
  }

  /** A served set the serving party takes back: no response is owed any more. */
  withdraw(actor: Actor, setId: string): Promise<DiscoverySetModel> {
    return this.dataSource.transaction(async (manager) => {
      const set = await this.discoveryAccess.visibleSet(actor, setId, manager, { lock: true });
      await this.access.requireForParty(actor, set.servingPartyId, CaseCapability.SIGN_FOR_PARTY, {
        manager,
      });
      if (set.status !== SetStatus.SERVED && set.status !== SetStatus.OVERDUE) {
        throw new ConflictError(
          set.status === SetStatus.DRAFT
            ? 'This set has not been served; there is nothing to withdraw.'
            : `This set is ${set.status.toLowerCase()}; only a set awaiting responses can be withdrawn.`,
        );
      }
      const before = { status: set.status };
      set.status = SetStatus.WITHDRAWN;
      set.withdrawnAt = this.clock.now();
      await manager.save(set);
      await this.deadlines.close(
        manager,
        actor.userId,
        set.id,
        DeadlineKind.RESPONSE_DUE,
        DeadlineStatus.CANCELLED,
      );
      await this.audit.append(manager, {
        caseId: set.caseId,
        actorId: actor.userId,
        action: 'SET_WITHDRAWN',
        subjectType: 'DiscoverySet',
        subjectId: set.id,
        before,
        after: { status: set.status, withdrawnAt: set.withdrawnAt.toISOString() },
      });
      const parties = await manager.findBy(PartyEntity, { caseId: set.caseId });
      await this.outbox.add(manager, NotifyPartiesJob, {
        caseId: set.caseId,
        partyIds: parties.filter((p) => p.id !== set.servingPartyId).map((p) => p.id),
        kind: NotificationKind.SET_WITHDRAWN,
        message: `“${set.title}” was withdrawn; no response is due.`,
      });
      return toDiscoverySetModel(set);
    });
  }
}
