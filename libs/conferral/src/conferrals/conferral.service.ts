import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents, EventDefinition } from '@parley/audit';
import { CaseDirectory, CaseFacts, PaperPeople } from '@parley/cases';
import { CourtModel, CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { mailRecipient, MailingPaperKind, MailingsService } from '@parley/mailings';
import { formatDay, hashPaper } from '@parley/papers';
import { courtDayOf, endOfDay } from '@parley/rules';
import { BadInputError, Clock, ConflictError, Grant } from '@parley/platform';
import { DataSource, EntityManager, Not } from 'typeorm';
import {
  ConferralAnswer,
  ConferralEventKind,
  ConferralMode,
  ConferralRequestStatus,
  ConfirmationStatus,
  DisputeStatus,
} from '../conferral-enums';
import {
  ConferenceConfirmed,
  ConferenceContested,
  ConferenceLogged,
  ConferenceRequestAnswered,
  ConferenceRequested,
  LetterSent,
} from '../conferral-events';
import { DisputeRecords } from '../disputes/dispute-records';
import { disputeParties, otherSide, requireConferring } from '../disputes/dispute-state';
import { DisputeEntity } from '../disputes/dispute.entity';
import { LetterPaperRecord } from '../letters/letter-paper';
import { LetterPapersService } from '../letters/letter-papers.service';
import { ConferralPolicyService } from '../policy/conferral-policy.service';
import { ConferralEventEntity } from './conferral-event.entity';
import { ConferralRequestEntity } from './conferral-request.entity';
import {
  AnswerConferenceRequestInput,
  ContestConferenceInput,
  LogConferenceInput,
  RequestConferenceInput,
  SendLetterInput,
} from './conferral.inputs';
import {
  ConferralEventModel,
  ConferralRequestModel,
  toConferralEventModel,
  toConferralRequestModel,
} from './conferral.models';

const ANSWERED: Record<ConferralAnswer, ConferralRequestStatus> = {
  ACCEPT: ConferralRequestStatus.ACCEPTED,
  COUNTER: ConferralRequestStatus.COUNTERED,
  DECLINE: ConferralRequestStatus.DECLINED,
};

type DisputeGrant = Grant<'requesting' | 'responding'>;

/**
 * The record of meeting and conferring: requests to confer and their answers, conferences held (which
 * the other side confirms or contests), and letters exchanged through Parley. Each is an event of the
 * case, and the other side is told.
 */
/** The dispute a request or record belongs to, as the policy read it with the subject. */
function disputeOf(grant: Grant): string {
  return grant.subject.facts.disputeId as string;
}

@Injectable()
export class ConferralService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly records: DisputeRecords,
    private readonly letterPapers: LetterPapersService,
    private readonly mailings: MailingsService,
    private readonly policies: ConferralPolicyService,
    private readonly people: PaperPeople,
  ) {}

  /** grant: dispute.confer. */
  requestConference(grant: DisputeGrant, input: RequestConferenceInput): Promise<ConferralRequestModel> {
    const actor = grant.actor;
    this.requireAhead(input.proposedTimes, 'proposedTimes');
    return this.inDispute(grant, grant.subject.id, async (manager, dispute, sideId) => {
      const now = this.clock.now();
      const theCase = await this.directory.getCase(dispute.caseId, manager);
      const court = await this.courts.getForComputation(theCase.courtId, manager);
      // A reasonable time to answer: the court's conferral response days (default 10), under FRCP 6.
      const window = this.calculator.track(court, {
        triggeredOn: this.calculator.courtDay(court, now),
        days: court.conferralResponseDays,
        // An answer goes to the other side, not to the court (FRCP 6(a)(3) does not reach it).
        filing: false,
      });
      const request = await manager.save(
        manager.create(ConferralRequestEntity, {
          disputeId: dispute.id,
          fromPartyId: sideId,
          requestedById: actor.userId,
          mode: input.mode,
          proposedTimes: input.proposedTimes,
          message: input.message,
          status: ConferralRequestStatus.PENDING,
          requestedAt: now,
          answerByOn: window.dueOn,
          answerBy: endOfDay(window.dueOn, court.timeZone),
        }),
      );
      await this.deadlines.open(manager, actor.userId, {
        caseId: dispute.caseId,
        partyId: otherSide(dispute, sideId),
        kind: DeadlineKind.CONFERRAL_WINDOW,
        subjectType: 'ConferralRequest',
        subjectId: request.id,
        description: 'An answer to the request to meet and confer',
        ...window,
      });
      await this.mailRequest(manager, grant, dispute, sideId, request, { theCase, court });
      await this.publish(manager, grant, dispute, ConferenceRequested, request.id, {
        byPartyId: sideId,
        mode: request.mode,
        proposedTimes: request.proposedTimes.map((t) => t.toISOString()),
        message: request.message,
        answerByOn: request.answerByOn,
      });
      return toConferralRequestModel(request);
    });
  }

  /** grant: conferral-request.answer, held by the side the request was sent to. */
  async answerRequest(
    grant: Grant<'requester' | 'recipient'>,
    input: AnswerConferenceRequestInput,
  ): Promise<ConferralRequestModel> {
    const actor = grant.actor;
    return this.inDispute(grant, disputeOf(grant), async (manager, dispute, sideId) => {
      const request = await manager.findOneOrFail(ConferralRequestEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (request.status !== ConferralRequestStatus.PENDING) {
        throw new ConflictError(`This request was already answered (${request.status.toLowerCase()}).`);
      }
      if (input.answer === ConferralAnswer.ACCEPT) {
        const offered = request.proposedTimes.map((t) => t.getTime());
        if (!input.acceptedTime || !offered.includes(input.acceptedTime.getTime())) {
          throw new BadInputError('To accept, give acceptedTime: one of the proposed times.');
        }
      }
      if (input.answer === ConferralAnswer.COUNTER && !input.counterTimes?.length) {
        throw new BadInputError('To counter, offer at least one time in counterTimes.');
      }
      if (input.answer === ConferralAnswer.COUNTER)
        this.requireAhead(input.counterTimes ?? [], 'counterTimes');
      const now = this.clock.now();
      // Answered after the court's days: recorded, but it does not undo the attempt already made.
      const late = request.answerBy !== null && now.getTime() >= request.answerBy.getTime();
      Object.assign(request, {
        status: ANSWERED[input.answer],
        answeredAt: now,
        answeredById: actor.userId,
        answerMessage: input.message ?? null,
        acceptedTime: input.answer === ConferralAnswer.ACCEPT ? input.acceptedTime : null,
        counterTimes: input.answer === ConferralAnswer.COUNTER ? input.counterTimes : null,
      });
      await manager.save(request);
      await this.deadlines.close(
        manager,
        actor.userId,
        request.id,
        DeadlineKind.CONFERRAL_WINDOW,
        late ? DeadlineStatus.MISSED : DeadlineStatus.MET,
      );
      await this.publish(manager, grant, dispute, ConferenceRequestAnswered, request.id, {
        byPartyId: sideId,
        requestId: request.id,
        status: request.status,
        late,
        answerByOn: request.answerByOn,
        // A counter obliges the requester only with a time within the court's days.
        offersTimeInWindow:
          input.answer !== ConferralAnswer.COUNTER ||
          !request.answerBy ||
          (request.counterTimes ?? []).some((t) => t.getTime() < (request.answerBy as Date).getTime()),
        acceptedTime: request.acceptedTime?.toISOString() ?? null,
        counterTimes: request.counterTimes?.map((t) => t.toISOString()) ?? null,
        message: request.answerMessage,
      });
      return toConferralRequestModel(request);
    });
  }

  /** grant: dispute.confer. */
  logConference(grant: DisputeGrant, input: LogConferenceInput): Promise<ConferralEventModel> {
    const actor = grant.actor;
    if (input.heldAt.getTime() > this.clock.now().getTime()) {
      throw new BadInputError(
        'The time it was held (heldAt) is in the future: record a conference once it has been held.',
      );
    }
    return this.inDispute(grant, grant.subject.id, async (manager, dispute, sideId) => {
      const event = await manager.save(
        manager.create(ConferralEventEntity, {
          disputeId: dispute.id,
          kind: ConferralEventKind.CONFERENCE,
          mode: input.mode,
          heldAt: input.heldAt,
          recordedAt: this.clock.now(),
          durationMinutes: input.durationMinutes,
          participants: input.participants.map((p) => p.trim()),
          leadCounselParticipated: input.leadCounselParticipated ?? null,
          summary: input.summary,
          agreed: input.agreed ?? null,
          stillDisputed: input.stillDisputed ?? null,
          fromPartyId: sideId,
          recordedById: actor.userId,
          confirmation: ConfirmationStatus.PENDING,
        }),
      );
      await this.closeWindowsAnsweredBy(manager, dispute, sideId);
      await this.publish(manager, grant, dispute, ConferenceLogged, event.id, {
        byPartyId: sideId,
        mode: event.mode,
        heldAt: event.heldAt.toISOString(),
        durationMinutes: event.durationMinutes,
        participants: event.participants,
        leadCounselParticipated: event.leadCounselParticipated,
        summary: event.summary,
        agreed: event.agreed,
        stillDisputed: event.stillDisputed,
      });
      return toConferralEventModel(event);
    });
  }

  /** grant: conferral-event.answer, held by the side that did not record it. */
  confirm(grant: Grant<'recorder' | 'other'>): Promise<ConferralEventModel> {
    return this.answerRecord(grant, ConfirmationStatus.CONFIRMED, null);
  }

  contest(grant: Grant<'recorder' | 'other'>, input: ContestConferenceInput): Promise<ConferralEventModel> {
    return this.answerRecord(grant, ConfirmationStatus.CONTESTED, input.reason);
  }

  /** grant: dispute.confer. */
  sendLetter(grant: DisputeGrant, input: SendLetterInput): Promise<ConferralEventModel> {
    const actor = grant.actor;
    return this.inDispute(grant, grant.subject.id, async (manager, dispute, sideId) => {
      const sentAt = this.clock.now();
      const mode = input.mode ?? ConferralMode.LETTER;
      // Kept whole as sent, so it prints as the other side received it (letters/letter-paper.ts).
      const paper = await this.letterPapers.record(manager, {
        dispute,
        fromPartyId: sideId,
        senderId: actor.userId,
        mode,
        sentAt,
        body: input.body,
      });
      const event = await manager.save(
        manager.create(ConferralEventEntity, {
          disputeId: dispute.id,
          kind: ConferralEventKind.LETTER,
          mode,
          heldAt: sentAt,
          recordedAt: this.clock.now(),
          durationMinutes: null,
          participants: [],
          leadCounselParticipated: null,
          summary: input.body,
          agreed: null,
          stillDisputed: null,
          fromPartyId: sideId,
          recordedById: actor.userId,
          confirmation: ConfirmationStatus.NOT_NEEDED,
          paper,
          paperSha256: hashPaper(paper),
        }),
      );
      if (paper.to.method === 'MAIL') await this.mailLetter(manager, grant, dispute, sideId, event, paper);
      // A letter is no answer to a request to confer: it offers no time to meet, so the other
      // side's window runs on (DOMAIN.md, "The gate, closed to gaming").
      await this.publish(manager, grant, dispute, LetterSent, event.id, {
        byPartyId: sideId,
        mode: event.mode,
        sentAt: event.heldAt.toISOString(),
        body: event.summary,
        paperSha256: event.paperSha256,
      });
      return toConferralEventModel(event);
    });
  }

  /** The other side is not on Parley: the request goes to it by mail, as a letter with a cover sheet. */
  private async mailRequest(
    manager: EntityManager,
    grant: DisputeGrant,
    dispute: DisputeEntity,
    sideId: string,
    request: ConferralRequestEntity,
    { theCase, court }: { theCase: CaseFacts; court: CourtModel },
  ): Promise<void> {
    const to = await this.directory.party(otherSide(dispute, sideId), manager);
    const members = await this.directory.members(dispute.caseId, manager);
    if (!to || members.some((m) => m.partyId === to.id)) return;
    const timeZone = court.timeZone;
    await this.mailings.prepare(manager, {
      caseId: dispute.caseId,
      fromPartyId: sideId,
      preparedById: grant.actor.userId,
      kind: MailingPaperKind.CONFERENCE_REQUEST,
      paperId: request.id,
      title: `Request to meet and confer of ${formatDay(courtDayOf(request.requestedAt, timeZone))}`,
      dueOn: request.answerByOn,
      servedOn: courtDayOf(request.requestedAt, timeZone),
      caption: await this.people.caption(manager, theCase, court),
      from: await this.people.letterhead(manager, { userId: grant.actor.userId, partyId: sideId }),
      lettersQualify: (await this.policies.effective(dispute.caseId, manager)).lettersQualify,
      timeZone,
      recipients: [mailRecipient(to)],
    });
  }

  /** FRCP 5(b)(2)(C): the other side is not on Parley, so the letter goes out on paper. */
  private async mailLetter(
    manager: EntityManager,
    grant: DisputeGrant,
    dispute: DisputeEntity,
    sideId: string,
    event: ConferralEventEntity,
    paper: LetterPaperRecord,
  ): Promise<void> {
    const to = await this.directory.party(otherSide(dispute, sideId), manager);
    if (!to) return;
    await this.mailings.prepare(manager, {
      caseId: dispute.caseId,
      fromPartyId: sideId,
      preparedById: grant.actor.userId,
      kind: MailingPaperKind.LETTER,
      paperId: event.id,
      title: `Letter of ${formatDay(paper.sentOn)} from ${paper.sender.name}`,
      dueOn: null,
      servedOn: paper.sentOn,
      caption: paper.caption,
      from: paper.sender,
      lettersQualify: (await this.policies.effective(dispute.caseId, manager)).lettersQualify,
      timeZone: paper.timeZone,
      recipients: [mailRecipient(to)],
    });
  }

  /** A conference held settles the other side's pending requests: their windows close as met. */
  private async closeWindowsAnsweredBy(manager: EntityManager, dispute: DisputeEntity, sideId: string) {
    const pending = await manager.findBy(ConferralRequestEntity, {
      disputeId: dispute.id,
      status: ConferralRequestStatus.PENDING,
      fromPartyId: Not(sideId),
    });
    // Every window's row before the first closes: closing publishes, which takes the case's audit
    // chain, and every other flow takes that lock last (a passing window waits here, not in a cycle).
    await this.deadlines.lockOf(
      manager,
      pending.map((r) => r.id),
      DeadlineKind.CONFERRAL_WINDOW,
    );
    for (const request of pending) {
      await this.deadlines.close(
        manager,
        null,
        request.id,
        DeadlineKind.CONFERRAL_WINDOW,
        DeadlineStatus.MET,
      );
    }
  }

  /**
   * The other side confirms or contests a conference record or a recorded absence: while the parties
   * confer, and, once the dispute is before the court, until its part of the joint letter is due
   * (DOMAIN.md, "The gate, closed to gaming"); the packet then shows it.
   */
  private async answerRecord(
    grant: Grant<'recorder' | 'other'>,
    confirmation: ConfirmationStatus.CONFIRMED | ConfirmationStatus.CONTESTED,
    reason: string | null,
  ): Promise<ConferralEventModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await manager.findOneOrFail(DisputeEntity, {
        where: { id: disputeOf(grant) },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.clock.now();
      const packets = this.records.packets;
      const escalatedOpen =
        dispute.status === DisputeStatus.ESCALATED &&
        packets !== null &&
        (await packets.letterOpen(manager, dispute.id, now));
      if (!escalatedOpen) requireConferring(dispute);
      const event = await manager.findOneOrFail(ConferralEventEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (event.kind === ConferralEventKind.LETTER)
        throw new ConflictError('Letters need no confirmation: Parley delivered them.');
      if (event.confirmation !== ConfirmationStatus.PENDING) {
        throw new ConflictError(`This record was already ${event.confirmation.toLowerCase()}.`);
      }
      Object.assign(event, {
        confirmation,
        contestReason: reason,
        confirmedAt: now,
        confirmedById: grant.actor.userId,
      });
      await manager.save(event);
      const sideId = grant.party.id;
      if (confirmation === ConfirmationStatus.CONFIRMED) {
        await this.publish(manager, grant, dispute, ConferenceConfirmed, event.id, {
          byPartyId: sideId,
          confirmation,
        });
      } else {
        await this.publish(manager, grant, dispute, ConferenceContested, event.id, {
          byPartyId: sideId,
          confirmation,
          reason,
        });
      }
      if (escalatedOpen) {
        await packets.recordAnswered(manager, {
          disputeId: dispute.id,
          recordId: event.id,
          standing: confirmation,
          contestReason: reason,
          answeredAt: now,
        });
      }
      return toConferralEventModel(event);
    });
  }

  /** Times to meet lie ahead: a time already gone cannot be kept. */
  private requireAhead(times: readonly Date[], field: string): void {
    const now = this.clock.now().getTime();
    if (times.some((t) => t.getTime() <= now)) {
      throw new BadInputError(
        `Every time offered (${field}) must still be ahead: offer times the other side can still keep.`,
      );
    }
  }

  /**
   * Runs a conferral step in one transaction on the dispute, locked and still conferring, for the side
   * the grant acts for.
   */
  private inDispute<T>(
    grant: Grant,
    disputeId: string,
    work: (manager: EntityManager, dispute: DisputeEntity, sideId: string) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await manager.findOneOrFail(DisputeEntity, {
        where: { id: disputeId },
        lock: { mode: 'pessimistic_write' },
      });
      requireConferring(dispute);
      return work(manager, dispute, grant.party.id);
    });
  }

  /** The event, on the case's chain, told to the side that did not act. */
  private publish<Data extends { byPartyId: string }>(
    manager: EntityManager,
    grant: Grant,
    dispute: DisputeEntity,
    event: EventDefinition<ReturnType<typeof disputeParties> & Data>,
    subjectId: string,
    data: Data,
  ) {
    return this.events.publish(manager, event, {
      caseId: dispute.caseId,
      actorId: grant.actor.userId,
      subjectId,
      data: { ...disputeParties(dispute), ...data },
      notify: { parties: [otherSide(dispute, data.byPartyId)] },
    });
  }
}
