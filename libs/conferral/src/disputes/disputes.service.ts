import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CaseAccessService, CaseCapability, CaseEntity, NotifyPartiesJob } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService } from '@parley/deadlines';
import {
  DiscoveryItemEntity,
  DiscoveryResponseEntity,
  DiscoverySetEntity,
  SetStatus,
} from '@parley/discovery';
import { NotificationKind } from '@parley/notifications';
import { Actor, BadInputError, CalendarDate, Clock, ConflictError, Outbox } from '@parley/platform';
import { DateTime } from 'luxon';
import { DataSource, EntityManager, In } from 'typeorm';
import { DisputeStatus } from '../conferral-enums';
import { DisputeAccess } from './dispute-access';
import { DisputeItemEntity } from './dispute-item.entity';
import { DisputeEntity } from './dispute.entity';
import { OpenDisputeInput, ResolveDisputeInput } from './dispute.inputs';
import { DisputeModel, toDisputeModel } from './dispute.model';

const OPEN = [DisputeStatus.CONFERRING, DisputeStatus.ESCALATED];

/** Opening, reading and closing disputes; conferral itself is in conferral.service.ts. */
@Injectable()
export class DisputesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly disputeAccess: DisputeAccess,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /**
   * A dispute over served items of one responding party, once they are answered or their time has run;
   * opened by counsel or the pro se party who served them.
   */
  open(actor: Actor, input: OpenDisputeInput): Promise<DisputeModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(actor, input.caseId, CaseCapability.READ, { manager });
      const itemIds = [...new Set(input.itemIds)];
      const items = await manager.find(DiscoveryItemEntity, {
        where: { id: In(itemIds) },
        relations: { set: true },
      });
      const served = items.filter(
        (i) =>
          i.set &&
          i.set.caseId === input.caseId &&
          i.set.status !== SetStatus.DRAFT &&
          i.set.status !== SetStatus.WITHDRAWN,
      );
      if (served.length !== itemIds.length) {
        const known = new Set(served.map((i) => i.id));
        throw new BadInputError(
          `These are not served items of this case: ${itemIds.filter((id) => !known.has(id)).join(', ')}. A dispute concerns discovery the parties served on each other.`,
        );
      }
      const sets = [...new Map(served.map((i) => [i.setId, i.set as DiscoverySetEntity])).values()];
      const pairs = new Set(sets.map((s) => `${s.servingPartyId}:${s.respondingPartyId}`));
      if (pairs.size > 1) {
        throw new BadInputError(
          'A dispute concerns the requests one party served on one other party; open one per pair.',
        );
      }
      const { servingPartyId, respondingPartyId } = sets[0];
      await this.access.requireForParty(actor, servingPartyId, CaseCapability.SIGN_FOR_PARTY, { manager });
      await this.refuseOverlap(manager, itemIds);
      const conferFrom = await this.conferFrom(manager, input.caseId, sets);

      const dispute = await manager.save(
        manager.create(DisputeEntity, {
          caseId: input.caseId,
          requestingPartyId: servingPartyId,
          respondingPartyId,
          summary: input.summary,
          status: DisputeStatus.CONFERRING,
          conferFrom,
          openedById: actor.userId,
        }),
      );
      await manager.insert(
        DisputeItemEntity,
        served.map((i) => ({ disputeId: dispute.id, itemId: i.id, setId: i.setId })),
      );
      await this.audit.append(manager, {
        caseId: input.caseId,
        actorId: actor.userId,
        action: 'DISPUTE_OPENED',
        subjectType: 'Dispute',
        subjectId: dispute.id,
        after: { requestingPartyId: servingPartyId, respondingPartyId, itemIds, summary: input.summary },
      });
      await this.outbox.add(manager, NotifyPartiesJob, {
        caseId: input.caseId,
        partyIds: [respondingPartyId],
        kind: NotificationKind.DISPUTE_OPENED,
        message: `A dispute was opened over your responses: ${input.summary} Meet and confer before it can go to the court.`,
      });
      return toDisputeModel(dispute);
    });
  }

  async get(actor: Actor, id: string): Promise<DisputeModel> {
    return toDisputeModel(await this.disputeAccess.visibleDispute(actor, id, this.dataSource.manager));
  }

  async list(actor: Actor, caseId: string): Promise<DisputeModel[]> {
    await this.access.require(actor, caseId, CaseCapability.READ);
    const rows = await this.dataSource
      .getRepository(DisputeEntity)
      .find({ where: { caseId }, order: { openedAt: 'DESC', id: 'DESC' } });
    return rows.map(toDisputeModel);
  }

  /** Either side records what they agreed; an agreed date to supplement becomes the responding party's deadline. */
  resolve(actor: Actor, input: ResolveDisputeInput): Promise<DisputeModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputeAccess.visibleDispute(actor, input.disputeId, manager, {
        lock: true,
      });
      const side = await this.disputeAccess.signingSide(actor, dispute, manager);
      this.disputeAccess.requireConferring(dispute);
      if (input.agreedDueOn) {
        const today = await this.today(manager, dispute.caseId);
        if (input.agreedDueOn <= today) throw new BadInputError('agreedDueOn must be a day after today.');
      }
      await this.close(manager, actor, dispute, DisputeStatus.RESOLVED, input.resolution);
      if (input.agreedDueOn) {
        await this.deadlines.open(manager, actor.userId, {
          caseId: dispute.caseId,
          partyId: dispute.respondingPartyId,
          kind: DeadlineKind.AGREED_SUPPLEMENT,
          subjectType: 'Dispute',
          subjectId: dispute.id,
          description: `Supplemental responses agreed in resolving a dispute: ${input.resolution}`,
          dueOn: input.agreedDueOn,
          steps: [
            {
              rule: 'FRCP 29(b)',
              text: `Agreed by the parties in resolving the dispute.`,
              date: input.agreedDueOn,
            },
          ],
        });
      }
      await this.notifyOther(manager, dispute, side.id, `The dispute was resolved: ${input.resolution}`);
      return toDisputeModel(dispute);
    });
  }

  /** The side that opened it drops it. */
  withdraw(actor: Actor, disputeId: string): Promise<DisputeModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputeAccess.visibleDispute(actor, disputeId, manager, { lock: true });
      await this.access.requireForParty(actor, dispute.requestingPartyId, CaseCapability.SIGN_FOR_PARTY, {
        manager,
      });
      this.disputeAccess.requireConferring(dispute);
      await this.close(manager, actor, dispute, DisputeStatus.WITHDRAWN, null);
      await this.notifyOther(
        manager,
        dispute,
        dispute.requestingPartyId,
        'The dispute over your responses was withdrawn.',
      );
      return toDisputeModel(dispute);
    });
  }

  private async close(
    manager: EntityManager,
    actor: Actor,
    dispute: DisputeEntity,
    status: DisputeStatus.RESOLVED | DisputeStatus.WITHDRAWN,
    resolution: string | null,
  ) {
    const before = { status: dispute.status };
    Object.assign(dispute, { status, resolution, closedAt: this.clock.now() });
    await manager.save(dispute);
    await this.audit.append(manager, {
      caseId: dispute.caseId,
      actorId: actor.userId,
      action: status === DisputeStatus.RESOLVED ? 'DISPUTE_RESOLVED' : 'DISPUTE_WITHDRAWN',
      subjectType: 'Dispute',
      subjectId: dispute.id,
      before,
      after: { status, resolution },
    });
  }

  private notifyOther(manager: EntityManager, dispute: DisputeEntity, fromPartyId: string, message: string) {
    return this.outbox.add(manager, NotifyPartiesJob, {
      caseId: dispute.caseId,
      partyIds: [this.disputeAccess.otherSide(dispute, fromPartyId)],
      kind: NotificationKind.DISPUTE_CLOSED,
      message,
    });
  }

  private async refuseOverlap(manager: EntityManager, itemIds: string[]) {
    const open = await manager
      .createQueryBuilder(DisputeItemEntity, 'di')
      .innerJoin(DisputeEntity, 'd', 'd.id = di.dispute_id')
      .where('di.item_id = ANY(:itemIds)', { itemIds })
      .andWhere('d.status = ANY(:open)', { open: OPEN })
      .getCount();
    if (open > 0)
      throw new ConflictError('Some of these items are already in an open dispute; confer on that one.');
  }

  /**
   * Conferral must follow the responses it is about (FRCP 37(a)(1)): from the latest response to any of
   * the sets, or, for a set nobody answered, from the end of its response date in the court's zone.
   */
  private async conferFrom(
    manager: EntityManager,
    caseId: string,
    sets: DiscoverySetEntity[],
  ): Promise<Date> {
    const court = await this.courtOf(manager, caseId);
    const zone = court.timeZone;
    const today = this.calculator.courtDay(court, this.clock.now());
    const moments: Date[] = [];
    for (const set of sets) {
      const latest = await manager.findOne(DiscoveryResponseEntity, {
        where: { setId: set.id },
        order: { version: 'DESC' },
      });
      if (latest) moments.push(latest.servedAt);
      else if (set.responseDueOn && set.responseDueOn < today) {
        moments.push(
          DateTime.fromISO(set.responseDueOn, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
        );
      } else {
        throw new ConflictError(
          `Responses to “${set.title}” are not due until ${set.responseDueOn}; a dispute needs responses, or their time to have run.`,
        );
      }
    }
    return new Date(Math.max(...moments.map((m) => m.getTime())));
  }

  private async courtOf(manager: EntityManager, caseId: string) {
    const theCase = await manager.findOneByOrFail(CaseEntity, { id: caseId });
    return this.courts.get(theCase.courtId, manager);
  }

  private async today(manager: EntityManager, caseId: string): Promise<CalendarDate> {
    return this.calculator.courtDay(await this.courtOf(manager, caseId), this.clock.now());
  }
}
