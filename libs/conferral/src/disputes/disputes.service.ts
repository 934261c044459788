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
import { DisputeStatus, ResolutionProposalStatus } from '../conferral-enums';
import { DisputeOpened, DisputeResolved, DisputeWithdrawn, ResolutionProposed } from '../conferral-events';
import { disputeParties, otherSide, requireConferring } from './dispute-state';
import { DisputeItemEntity } from './dispute-item.entity';
import { DisputeEntity } from './dispute.entity';
import { OpenDisputeInput, ResolveDisputeInput } from './dispute.inputs';
import { DisputeModel, toDisputeModel } from './dispute.model';
import { ResolutionProposalEntity } from './resolution-proposal.entity';
import { spokenDateOr } from '@parley/rules';
import { PrivilegeLogReader } from '@parley/productions';
import { DisputePrivilegeEntryEntity } from './dispute-privilege-entry.entity';

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
    private readonly privilegeLogs: PrivilegeLogReader,
  ) {}

  /**
   * A dispute over served items of one responding party, once they are answered or their time has run;
   * opened by counsel or the pro se party who served them (grant: dispute.open on the first item), or
   * from the letter of a party not on Parley that served them (grant: dispute.open-by-letter).
   */
  async open(
    grant: Grant<'serving' | 'responding'>,
    input: OpenDisputeInput,
    /** What else the opening writes, in its transaction (a letter that opened it). */
    opened?: (manager: EntityManager, dispute: DisputeEntity) => Promise<void>,
  ): Promise<DisputeModel> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const dispute = await this.openIn(manager, grant, input);
        await opened?.(manager, dispute);
        return toDisputeModel(dispute);
      });
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
  ): Promise<DisputeEntity> {
    const { serving: servingPartyId, responding: respondingPartyId } = grant.subject.parties;
    if (grant.caseId !== input.caseId) {
      throw new BadInputError(
        'These are not served items of this case. A dispute concerns discovery the parties served on each other.',
      );
    }
    const entries = await this.challengedEntries(manager, input, servingPartyId, respondingPartyId);
    const itemIds = [...new Set([...input.itemIds, ...entries.flatMap((e) => e.requestItemIds)])];
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
    // A challenge to log entries is conferred on once the log is served, not before it existed.
    const conferFrom = new Date(
      Math.max(
        (await this.conferFrom(manager, input.caseId, sets)).getTime(),
        ...entries.map((e) => (e.servedAt as Date).getTime()),
      ),
    );
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
    if (entries.length > 0) {
      await manager.insert(
        DisputePrivilegeEntryEntity,
        entries.map((e) => ({ disputeId: dispute.id, entryId: e.id })),
      );
    }
    await this.events.publish(manager, DisputeOpened, {
      caseId: input.caseId,
      actorId: grant.actor.userId,
      subjectId: dispute.id,
      data: {
        ...disputeParties(dispute),
        itemIds,
        summary: input.summary,
        ...(entries.length ? { privilegeLogEntryIds: entries.map((e) => e.id) } : {}),
      },
      // The responding side is told, unless it entered the dispute itself from a letter.
      notify: { parties: [otherSide(dispute, grant.party.id)] },
    });
    return dispute;
  }

  /**
   * The log entries the dispute challenges: served entries of the responding party's logs, withholding
   * from requests the moving party served on it. Held for the transaction, so none changes meanwhile.
   */
  private async challengedEntries(
    manager: EntityManager,
    input: OpenDisputeInput,
    servingPartyId: string | null | undefined,
    respondingPartyId: string | null | undefined,
  ) {
    const ids = [...new Set((input.privilegeLogEntryIds ?? []).map((id) => id.toLowerCase()))];
    if (ids.length === 0) return [];
    await this.privilegeLogs.hold(manager, ids);
    const entries = (await this.privilegeLogs.entries(ids, manager)).filter(
      (e) =>
        e.served &&
        e.caseId === input.caseId &&
        e.producingPartyId === respondingPartyId &&
        e.receivingPartyId === servingPartyId,
    );
    if (entries.length !== ids.length) {
      const known = new Set(entries.map((e) => e.id));
      throw new BadInputError(
        `These are not entries of a privilege log the responding party served on you: ${ids.filter((id) => !known.has(id)).join(', ')} (privilegeLogEntryIds).`,
      );
    }
    return entries;
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
   * The moving (requesting) side records what the parties agreed, and the dispute is resolved; the
   * responding side can only propose it, and its proposal takes effect when the moving side accepts
   * it (DOMAIN.md, "The gate, closed to gaming"). An agreed date to supplement becomes the responding
   * party's deadline. grant: dispute.confer.
   */
  resolve(grant: Grant<'requesting' | 'responding'>, input: ResolveDisputeInput): Promise<DisputeModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.locked(manager, grant.subject.id);
      requireConferring(dispute);
      if (input.agreedDueOn) {
        const today = await this.today(manager, dispute.caseId);
        if (input.agreedDueOn <= today)
          throw new BadInputError('The day to supplement by (agreedDueOn) must be after today.');
      }
      if (grant.party.id !== dispute.requestingPartyId) return this.propose(manager, grant, dispute, input);
      await this.supersedeProposals(manager, dispute.id);
      await this.settle(manager, grant, dispute, input.resolution, input.agreedDueOn ?? null, null);
      return toDisputeModel(dispute);
    });
  }

  /**
   * The moving side accepts the responding side's proposal, on its terms. grant:
   * resolution-proposal.accept, held by the moving side's counsel or pro se litigant.
   */
  acceptResolution(grant: Grant<'requesting' | 'responding' | 'proposer'>): Promise<DisputeModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.locked(manager, grant.subject.facts.disputeId as string);
      requireConferring(dispute);
      const proposal = await manager.findOneOrFail(ResolutionProposalEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (proposal.status !== ResolutionProposalStatus.PROPOSED) {
        throw new ConflictError(
          `This proposal was ${proposal.status.toLowerCase()}; accept the pending one, or resolve the dispute on your own terms.`,
        );
      }
      if (proposal.agreedDueOn && proposal.agreedDueOn <= (await this.today(manager, dispute.caseId))) {
        throw new ConflictError(
          `The date this proposal offers for supplemental responses (${spokenDateOr(proposal.agreedDueOn, 'the day offered')}) is no longer ahead; ask for a new proposal, or resolve the dispute on your own terms.`,
        );
      }
      Object.assign(proposal, {
        status: ResolutionProposalStatus.ACCEPTED,
        acceptedById: grant.actor.userId,
        closedAt: this.clock.now(),
      });
      await manager.save(proposal);
      await this.settle(manager, grant, dispute, proposal.resolution, proposal.agreedDueOn, proposal.id);
      return toDisputeModel(dispute);
    });
  }

  /** The responding side's proposal: it supersedes its earlier one, and the moving side is told. */
  private async propose(
    manager: EntityManager,
    grant: Grant,
    dispute: DisputeEntity,
    input: ResolveDisputeInput,
  ): Promise<DisputeModel> {
    await this.supersedeProposals(manager, dispute.id);
    const proposal = await manager.save(
      manager.create(ResolutionProposalEntity, {
        disputeId: dispute.id,
        proposedByPartyId: grant.party.id,
        proposedById: grant.actor.userId,
        resolution: input.resolution,
        agreedDueOn: input.agreedDueOn ?? null,
        status: ResolutionProposalStatus.PROPOSED,
        proposedAt: this.clock.now(),
        acceptedById: null,
        closedAt: null,
      }),
    );
    await this.events.publish(manager, ResolutionProposed, {
      caseId: dispute.caseId,
      actorId: grant.actor.userId,
      subjectId: dispute.id,
      data: {
        ...disputeParties(dispute),
        proposalId: proposal.id,
        resolution: proposal.resolution,
        agreedDueOn: proposal.agreedDueOn,
        byPartyId: grant.party.id,
      },
      notify: { parties: [dispute.requestingPartyId] },
    });
    return toDisputeModel(dispute);
  }

  /** Resolved: closed, an agreed date to supplement tracked as the responding party's deadline. */
  private async settle(
    manager: EntityManager,
    grant: Grant,
    dispute: DisputeEntity,
    resolution: string,
    agreedDueOn: CalendarDate | null,
    proposalId: string | null,
  ): Promise<void> {
    await this.close(manager, dispute, DisputeStatus.RESOLVED, resolution);
    if (agreedDueOn) {
      const steps = [
        { rule: 'FRCP 29(b)', text: `Agreed by the parties in resolving the dispute.`, date: agreedDueOn },
      ];
      // A date set aside when a one-sided resolution became a proposal (migration 1796400000000).
      if (await this.deadlines.findFor(manager, dispute.id, DeadlineKind.AGREED_SUPPLEMENT)) {
        await this.deadlines.move(
          manager,
          grant.actor.userId,
          dispute.id,
          DeadlineKind.AGREED_SUPPLEMENT,
          agreedDueOn,
          steps,
          { reopen: true },
        );
      } else {
        await this.deadlines.open(manager, grant.actor.userId, {
          caseId: dispute.caseId,
          partyId: dispute.respondingPartyId,
          kind: DeadlineKind.AGREED_SUPPLEMENT,
          subjectType: 'Dispute',
          subjectId: dispute.id,
          description: `Supplemental responses agreed in resolving a dispute: ${resolution}`,
          dueOn: agreedDueOn,
          steps,
          // A date the parties fixed, not a period: a later change to the court's calendar leaves it.
          basis: null,
        });
      }
    }
    await this.events.publish(manager, DisputeResolved, {
      caseId: dispute.caseId,
      actorId: grant.actor.userId,
      subjectId: dispute.id,
      before: { status: DisputeStatus.CONFERRING },
      data: {
        ...disputeParties(dispute),
        status: dispute.status,
        resolution,
        byPartyId: grant.party.id,
        proposalId,
        agreedDueOn,
      },
      notify: { parties: [otherSide(dispute, grant.party.id)] },
    });
  }

  private supersedeProposals(manager: EntityManager, disputeId: string) {
    return manager.update(
      ResolutionProposalEntity,
      { disputeId, status: ResolutionProposalStatus.PROPOSED },
      { status: ResolutionProposalStatus.SUPERSEDED, closedAt: this.clock.now() },
    );
  }

  /** The moving side that opened it drops it. grant: dispute.withdraw. */
  withdraw(grant: Grant<'requesting' | 'responding'>): Promise<DisputeModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.locked(manager, grant.subject.id);
      requireConferring(dispute);
      await this.supersedeProposals(manager, dispute.id);
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
          `Responses to “${set.title}” are not due until ${spokenDateOr(set.responseDueOn, 'later')}; a dispute needs responses, or their time to have run.`,
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
