import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CaseEntity, NotifyPartiesJob } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { endOfDay } from '@parley/rules';
import { NotificationKind } from '@parley/notifications';
import {
  Actor,
  BadInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Outbox,
} from '@parley/platform';
import { DataSource, EntityManager, Not } from 'typeorm';
import {
  ConferralAnswer,
  ConferralEventKind,
  ConferralMode,
  ConferralRequestStatus,
  ConfirmationStatus,
} from '../conferral-enums';
import { DisputeAccess } from '../disputes/dispute-access';
import { DisputeEntity } from '../disputes/dispute.entity';
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

/**
 * The record of meeting and conferring: requests to confer and their answers, conferences held (which
 * the other side confirms or contests), and letters exchanged through Parley. Each is audited and the
 * other side is told.
 */
@Injectable()
export class ConferralService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly disputeAccess: DisputeAccess,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
  ) {}

  requestConference(actor: Actor, input: RequestConferenceInput): Promise<ConferralRequestModel> {
    return this.inDispute(actor, input.disputeId, async (manager, dispute, sideId) => {
      const now = this.clock.now();
      const theCase = await manager.findOneByOrFail(CaseEntity, { id: dispute.caseId });
      const court = await this.courts.get(theCase.courtId, manager);
      // A reasonable time to answer: the court's conferral response days (default 10), under FRCP 6.
      const window = this.calculator.compute(court, {
        triggeredOn: this.calculator.courtDay(court, now),
        days: court.conferralResponseDays,
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
        partyId: this.disputeAccess.otherSide(dispute, sideId),
        kind: DeadlineKind.CONFERRAL_WINDOW,
        subjectType: 'ConferralRequest',
        subjectId: request.id,
        description: 'An answer to the request to meet and confer',
        dueOn: window.dueOn,
        steps: window.steps,
      });
      await this.record(manager, actor, dispute, 'CONFERENCE_REQUESTED', 'ConferralRequest', request.id, {
        mode: request.mode,
        proposedTimes: request.proposedTimes.map((t) => t.toISOString()),
        message: request.message,
      });
      await this.tell(
        manager,
        dispute,
        sideId,
        NotificationKind.CONFERENCE_REQUESTED,
        `You are asked to meet and confer (${input.mode.toLowerCase().replace('_', ' ')}): ${input.message}`,
      );
      return toConferralRequestModel(request);
    });
  }

  async answerRequest(actor: Actor, input: AnswerConferenceRequestInput): Promise<ConferralRequestModel> {
    const found = await this.dataSource
      .getRepository(ConferralRequestEntity)
      .findOneBy({ id: input.requestId });
    if (!found) throw new NotFoundError('The request to confer');
    return this.inDispute(actor, found.disputeId, async (manager, dispute, sideId) => {
      const request = await manager.findOneOrFail(ConferralRequestEntity, {
        where: { id: input.requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (request.fromPartyId === sideId)
        throw new ForbiddenError('You sent this request; the other side answers it.');
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
      Object.assign(request, {
        status: ANSWERED[input.answer],
        answeredAt: this.clock.now(),
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
        DeadlineStatus.MET,
      );
      await this.record(
        manager,
        actor,
        dispute,
        'CONFERENCE_REQUEST_ANSWERED',
        'ConferralRequest',
        request.id,
        {
          status: request.status,
          acceptedTime: request.acceptedTime?.toISOString() ?? null,
          counterTimes: request.counterTimes?.map((t) => t.toISOString()) ?? null,
          message: request.answerMessage,
        },
      );
      await this.tell(
        manager,
        dispute,
        sideId,
        NotificationKind.CONFERENCE_ANSWERED,
        `Your request to confer was ${request.status.toLowerCase()}.`,
      );
      return toConferralRequestModel(request);
    });
  }

  logConference(actor: Actor, input: LogConferenceInput): Promise<ConferralEventModel> {
    if (input.heldAt.getTime() > this.clock.now().getTime()) {
      throw new BadInputError('heldAt is in the future; record a conference once it has been held.');
    }
    return this.inDispute(actor, input.disputeId, async (manager, dispute, sideId) => {
      const event = await manager.save(
        manager.create(ConferralEventEntity, {
          disputeId: dispute.id,
          kind: ConferralEventKind.CONFERENCE,
          mode: input.mode,
          heldAt: input.heldAt,
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
      await this.record(manager, actor, dispute, 'CONFERENCE_LOGGED', 'ConferralEvent', event.id, {
        mode: event.mode,
        heldAt: event.heldAt.toISOString(),
        durationMinutes: event.durationMinutes,
        participants: event.participants,
        leadCounselParticipated: event.leadCounselParticipated,
        summary: event.summary,
        agreed: event.agreed,
        stillDisputed: event.stillDisputed,
      });
      await this.tell(
        manager,
        dispute,
        sideId,
        NotificationKind.CONFERENCE_LOGGED,
        'The other side recorded your conference; confirm the record or contest it.',
      );
      return toConferralEventModel(event);
    });
  }

  confirm(actor: Actor, eventId: string): Promise<ConferralEventModel> {
    return this.answerRecord(actor, eventId, ConfirmationStatus.CONFIRMED, null);
  }

  contest(actor: Actor, input: ContestConferenceInput): Promise<ConferralEventModel> {
    return this.answerRecord(actor, input.eventId, ConfirmationStatus.CONTESTED, input.reason);
  }

  sendLetter(actor: Actor, input: SendLetterInput): Promise<ConferralEventModel> {
    return this.inDispute(actor, input.disputeId, async (manager, dispute, sideId) => {
      const event = await manager.save(
        manager.create(ConferralEventEntity, {
          disputeId: dispute.id,
          kind: ConferralEventKind.LETTER,
          mode: input.mode ?? ConferralMode.LETTER,
          heldAt: this.clock.now(),
          durationMinutes: null,
          participants: [],
          leadCounselParticipated: null,
          summary: input.body,
          agreed: null,
          stillDisputed: null,
          fromPartyId: sideId,
          recordedById: actor.userId,
          confirmation: ConfirmationStatus.NOT_NEEDED,
        }),
      );
      await this.closeWindowsAnsweredBy(manager, dispute, sideId);
      await this.record(manager, actor, dispute, 'LETTER_SENT', 'ConferralEvent', event.id, {
        mode: event.mode,
        sentAt: event.heldAt.toISOString(),
        body: event.summary,
      });
      await this.tell(
        manager,
        dispute,
        sideId,
        NotificationKind.LETTER_RECEIVED,
        `You have a ${event.mode.toLowerCase()} about the dispute: “${input.body.slice(0, 140)}${input.body.length > 140 ? '…' : ''}”`,
      );
      return toConferralEventModel(event);
    });
  }

  /** A letter or conference from the other side answers its pending requests: their windows close. */
  private async closeWindowsAnsweredBy(manager: EntityManager, dispute: DisputeEntity, sideId: string) {
    const pending = await manager.findBy(ConferralRequestEntity, {
      disputeId: dispute.id,
      status: ConferralRequestStatus.PENDING,
      fromPartyId: Not(sideId),
    });
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

  private async answerRecord(
    actor: Actor,
    eventId: string,
    confirmation: ConfirmationStatus.CONFIRMED | ConfirmationStatus.CONTESTED,
    reason: string | null,
  ): Promise<ConferralEventModel> {
    const found = await this.dataSource.getRepository(ConferralEventEntity).findOneBy({ id: eventId });
    if (!found) throw new NotFoundError('The conference record');
    return this.inDispute(
      actor,
      found.disputeId,
      async (manager, dispute, sideId) => {
        const event = await manager.findOneOrFail(ConferralEventEntity, {
          where: { id: eventId },
          lock: { mode: 'pessimistic_write' },
        });
        if (event.kind !== ConferralEventKind.CONFERENCE)
          throw new ConflictError('Letters need no confirmation: Parley delivered them.');
        if (event.fromPartyId === sideId)
          throw new ForbiddenError('You recorded this conference; the other side confirms or contests it.');
        if (event.confirmation !== ConfirmationStatus.PENDING) {
          throw new ConflictError(`This record was already ${event.confirmation.toLowerCase()}.`);
        }
        Object.assign(event, {
          confirmation,
          contestReason: reason,
          confirmedAt: this.clock.now(),
          confirmedById: actor.userId,
        });
        await manager.save(event);
        await this.record(
          manager,
          actor,
          dispute,
          confirmation === ConfirmationStatus.CONFIRMED ? 'CONFERENCE_CONFIRMED' : 'CONFERENCE_CONTESTED',
          'ConferralEvent',
          event.id,
          { confirmation, reason },
        );
        if (confirmation === ConfirmationStatus.CONTESTED) {
          await this.tell(
            manager,
            dispute,
            sideId,
            NotificationKind.CONFERENCE_CONTESTED,
            `The other side contests your record of the conference: ${reason}`,
          );
        }
        return toConferralEventModel(event);
      },
      'The conference record',
    );
  }

  /** Loads the dispute (visible, locked, still conferring) and the side the actor signs for, in one transaction. */
  private inDispute<T>(
    actor: Actor,
    disputeId: string,
    work: (manager: EntityManager, dispute: DisputeEntity, sideId: string) => Promise<T>,
    notFound = 'The dispute',
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputeAccess.visibleDispute(actor, disputeId, manager, {
        lock: true,
        notFound,
      });
      const side = await this.disputeAccess.signingSide(actor, dispute, manager);
      this.disputeAccess.requireConferring(dispute);
      return work(manager, dispute, side.id);
    });
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    dispute: DisputeEntity,
    action: string,
    subjectType: string,
    subjectId: string,
    after: Record<string, unknown>,
  ) {
    return this.audit.append(manager, {
      caseId: dispute.caseId,
      actorId: actor.userId,
      action,
      subjectType,
      subjectId,
      after: { disputeId: dispute.id, ...after },
    });
  }

  private tell(
    manager: EntityManager,
    dispute: DisputeEntity,
    fromPartyId: string,
    kind: NotificationKind,
    message: string,
  ) {
    return this.outbox.add(manager, NotifyPartiesJob, {
      caseId: dispute.caseId,
      partyIds: [this.disputeAccess.otherSide(dispute, fromPartyId)],
      kind,
      message,
    });
  }
}
