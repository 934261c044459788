import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleTo } from '@parley/access';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService } from '@parley/deadlines';
import { DiscoveryReader, SetFacts, SetStatus } from '@parley/discovery';
import {
  BadInputError,
  CalendarDate,
  Clock,
  ConflictError,
  Grant,
  isUniqueViolation,
  ListArgs,
  pageOf,
} from '@parley/platform';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { DisputeSubject } from '../conferral-capabilities';
import { DisputeStatus } from '../conferral-enums';
import { DisputeOpened, DisputeResolved, DisputeWithdrawn } from '../conferral-events';
import { disputeParties, otherSide, requireConferring } from './dispute-state';
import { DisputeItemEntity } from './dispute-item.entity';
import { DisputeEntity } from './dispute.entity';
import { OpenDisputeInput, ResolveDisputeInput } from './dispute.inputs';
import { DisputeModel, toDisputeModel } from './dispute.model';

const ONE_OPEN_DISPUTE = 'dispute_items_one_open_key';

/** Opening, reading and closing disputes; conferral itself is in conferral.service.ts. */
@Injectable()
export class DisputesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly discovery: DiscoveryReader,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * A dispute over served items of one responding party, once they are answered or their time has run;
   * opened by counsel or the pro se party who served them. grant: dispute.open on the first item.
   */
  async open(grant: Grant<'serving' | 'responding'>, input: OpenDisputeInput): Promise<DisputeModel> {
    try {
      return await this.dataSource.transaction((manager) => this.openIn(manager, grant, input));
    } catch (error) {
      if (isUniqueViolation(error, ONE_OPEN_DISPUTE)) {
        throw new ConflictError('Some of these items are already in an open dispute; confer on that one.');
      }
      throw error;
    }
  }

  private async openIn(
    manager: EntityManager,
    grant: Grant<'serving' | 'responding'>,
    input: OpenDisputeInput,
  ): Promise<DisputeModel> {
    const { serving: servingPartyId, responding: respondingPartyId } = grant.subject.parties;
    if (grant.caseId !== input.caseId) {
      throw new BadInputError(
        'These are not served items of this case. A dispute concerns discovery the parties served on each other.',
      );
    }
    const itemIds = [...new Set(input.itemIds)];
    // Every item must be served, in this case, between the same two parties as the first (whose set
    // the policy has already let the actor act on): anything else is named, as if it did not exist.
    // A set withdrawn at this very moment must not end up in a dispute: its sets are held, then read
    // again under the hold.
    await this.discovery.holdSets(manager, [
      ...new Set((await this.discovery.items(itemIds, manager)).map((i) => i.set.id)),
    ]);
    const items = await this.discovery.items(itemIds, manager);
    const served = items.filter(
      (i) =>
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
    if (
      served.some(
        (i) => i.set.servingPartyId !== servingPartyId || i.set.respondingPartyId !== respondingPartyId,
      )
    ) {
      throw new BadInputError(
        'A dispute concerns the requests one party served on one other party; open one per pair.',
      );
    }
    const sets = [...new Map(served.map((i) => [i.set.id, i.set])).values()];
    const conferFrom = await this.conferFrom(manager, input.caseId, sets);
    const dispute = await manager.save(
      manager.create(DisputeEntity, {
        caseId: input.caseId,
        requestingPartyId: servingPartyId as string,
        respondingPartyId: respondingPartyId as string,
        summary: input.summary,
        status: DisputeStatus.CONFERRING,
        conferFrom,
        openedById: grant.actor.userId,
        openedAt: this.clock.now(),
      }),
    );
    await manager.insert(
      DisputeItemEntity,
      served.map((i) => ({
        disputeId: dispute.id,
        itemId: i.id,
        setId: i.set.id,
        requestingPartyId: dispute.requestingPartyId,
        open: true,
      })),
    );
    await this.events.publish(manager, DisputeOpened, {
      caseId: input.caseId,
      actorId: grant.actor.userId,
      subjectId: dispute.id,
      data: { ...disputeParties(dispute), itemIds, summary: input.summary },
      notify: { parties: [dispute.respondingPartyId] },
    });
    return toDisputeModel(dispute);
  }

  /** grant: dispute.read. */
  async get(grant: Grant): Promise<DisputeModel> {
    return toDisputeModel(
      await this.dataSource.getRepository(DisputeEntity).findOneByOrFail({ id: grant.subject.id }),
    );
  }

  /** The case's disputes the reader may see, newest first. grant: case.read. */
  async list(grant: Grant, page: ListArgs): Promise<DisputeModel[]> {
    const query = this.dataSource
      .getRepository(DisputeEntity)
      .createQueryBuilder('d')
      .where('d.case_id = :caseId', { caseId: grant.caseId })
      .andWhere(visibleTo(grant.actor, DisputeSubject, 'd.id', this.clock.now()));
    return (await pageOf(query, page, 'd', ['opened_at'], 'DESC')).map(toDisputeModel);
  }

  /**
   * Either side records what they agreed; an agreed date to supplement becomes the responding party's
   * deadline. grant: dispute.confer.
   */
  resolve(grant: Grant<'requesting' | 'responding'>, input: ResolveDisputeInput): Promise<DisputeModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.locked(manager, grant.subject.id);
      requireConferring(dispute);
      if (input.agreedDueOn) {
        const today = await this.today(manager, dispute.caseId);
        if (input.agreedDueOn <= today) throw new BadInputError('agreedDueOn must be a day after today.');
      }
      await this.close(manager, dispute, DisputeStatus.RESOLVED, input.resolution);
      if (input.agreedDueOn) {
        await this.deadlines.open(manager, grant.actor.userId, {
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
          // A date the parties fixed, not a period: a later change to the court's calendar leaves it.
          basis: null,
        });
      }
      await this.events.publish(manager, DisputeResolved, {
        caseId: dispute.caseId,
        actorId: grant.actor.userId,
        subjectId: dispute.id,
        before: { status: DisputeStatus.CONFERRING },
        data: {
          ...disputeParties(dispute),
          status: dispute.status,
          resolution: input.resolution,
          byPartyId: grant.party.id,
        },
        notify: { parties: [otherSide(dispute, grant.party.id)] },
      });
      return toDisputeModel(dispute);
    });
  }

  /** The side that opened it drops it. grant: dispute.withdraw. */
  withdraw(grant: Grant<'requesting' | 'responding'>): Promise<DisputeModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.locked(manager, grant.subject.id);
      requireConferring(dispute);
      await this.close(manager, dispute, DisputeStatus.WITHDRAWN, null);
      await this.events.publish(manager, DisputeWithdrawn, {
        caseId: dispute.caseId,
        actorId: grant.actor.userId,
        subjectId: dispute.id,
        before: { status: DisputeStatus.CONFERRING },
        data: { ...disputeParties(dispute), status: dispute.status, byPartyId: grant.party.id },
        notify: { parties: [dispute.respondingPartyId] },
      });
      return toDisputeModel(dispute);
    });
  }

  private locked(manager: EntityManager, id: string): Promise<DisputeEntity> {
    return manager.findOneOrFail(DisputeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async close(
    manager: EntityManager,
    dispute: DisputeEntity,
    status: DisputeStatus.RESOLVED | DisputeStatus.WITHDRAWN,
    resolution: string | null,
  ) {
    Object.assign(dispute, { status, resolution, closedAt: this.clock.now() });
    await manager.save(dispute);
    await manager.update(DisputeItemEntity, { disputeId: dispute.id }, { open: false });
  }

  /**
   * Conferral must follow the responses it is about (FRCP 37(a)(1)): from the latest response to any of
   * the sets, or, for a set nobody answered, from the end of its response date in the court's zone.
   */
  private async conferFrom(manager: EntityManager, caseId: string, sets: SetFacts[]): Promise<Date> {
    const court = await this.courtOf(manager, caseId);
    const zone = court.timeZone;
    const today = this.calculator.courtDay(court, this.clock.now());
    const answered = await this.discovery.lastAnsweredAt(
      sets.map((s) => s.id),
      manager,
    );
    const moments: Date[] = [];
    for (const set of sets) {
      const latest = answered.get(set.id);
      if (latest) moments.push(latest);
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
    const theCase = await this.directory.getCase(caseId, manager);
    return this.courts.get(theCase.courtId, manager);
  }

  private async today(manager: EntityManager, caseId: string): Promise<CalendarDate> {
    return this.calculator.courtDay(await this.courtOf(manager, caseId), this.clock.now());
  }
}
