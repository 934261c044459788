import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { BadInputError, Clock, ConflictError, Grant } from '@parley/platform';
import { spokenTime } from '@parley/rules';
import { DataSource } from 'typeorm';
import { ConferralEventKind, ConferralRequestStatus, ConfirmationStatus } from '../conferral-enums';
import { NoShowRecorded } from '../conferral-events';
import { disputeParties, otherSide, requireConferring } from '../disputes/dispute-state';
import { DisputeEntity } from '../disputes/dispute.entity';
import { ConferralAssessor } from './conferral-assessor';
import { ConferralEventEntity } from './conferral-event.entity';
import { ConferralRequestEntity } from './conferral-request.entity';
import { RecordNoShowInput } from './conferral.inputs';
import { ConferralEventModel, toConferralEventModel } from './conferral.models';

/**
 * The requester records that the other side did not attend a time it accepted, or one it offered
 * in its counter: that request is then the requester's attempt to confer, at once (FRCP 37(a)(1);
 * DOMAIN.md, "The gate, closed to gaming"). The other side is told and may confirm or contest the
 * record (confirmConference / contestConference), which the court's packet shows.
 */
@Injectable()
export class NoShowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessor: ConferralAssessor,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: conferral-request.no-show, held by the side that asked to confer. */
  record(grant: Grant<'requester' | 'recipient'>, input: RecordNoShowInput): Promise<ConferralEventModel> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const dispute = await manager.findOneOrFail(DisputeEntity, {
        where: { id: grant.subject.facts.disputeId as string },
        lock: { mode: 'pessimistic_write' },
      });
      requireConferring(dispute);
      const settings = await this.assessor.settings(dispute.caseId, manager);
      const request = await manager.findOneOrFail(ConferralRequestEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      const scheduledFor = this.timeNotKept(request, input.scheduledFor);
      if (scheduledFor.getTime() > now.getTime()) {
        throw new BadInputError(
          `The time agreed, ${scheduledFor.toISOString()}, has not come yet; record that the other side did not attend once it has passed.`,
        );
      }
      // Under the dispute's lock; the database holds one absence per request besides.
      if (
        await manager.existsBy(ConferralEventEntity, {
          requestId: request.id,
          kind: ConferralEventKind.NO_SHOW,
        })
      ) {
        throw new ConflictError('You already recorded that the other side did not attend for this request.');
      }
      const event = await manager.save(
        manager.create(ConferralEventEntity, {
          disputeId: dispute.id,
          kind: ConferralEventKind.NO_SHOW,
          mode: request.mode,
          heldAt: scheduledFor,
          recordedAt: now,
          requestId: request.id,
          durationMinutes: null,
          participants: [],
          leadCounselParticipated: null,
          summary: input.note,
          agreed: null,
          stillDisputed: null,
          fromPartyId: request.fromPartyId,
          recordedById: grant.actor.userId,
          confirmation: ConfirmationStatus.PENDING,
        }),
      );
      await this.events.publish(manager, NoShowRecorded, {
        caseId: dispute.caseId,
        actorId: grant.actor.userId,
        subjectId: event.id,
        data: {
          ...disputeParties(dispute),
          byPartyId: request.fromPartyId,
          requestId: request.id,
          scheduledFor: scheduledFor.toISOString(),
          scheduledForText: spokenTime(scheduledFor, settings.timeZone ?? 'UTC'),
          mode: request.mode,
          note: input.note,
        },
        notify: { parties: [otherSide(dispute, request.fromPartyId)] },
      });
      return toConferralEventModel(event);
    });
  }

  /** The time the other side took (ACCEPT) or offered (COUNTER): only such a time can be missed. */
  private timeNotKept(request: ConferralRequestEntity, given: Date | undefined): Date {
    if (request.status === ConferralRequestStatus.ACCEPTED && request.acceptedTime) {
      if (given && given.getTime() !== request.acceptedTime.getTime()) {
        throw new BadInputError(
          `The other side accepted ${request.acceptedTime.toISOString()}; scheduledFor must be that time.`,
        );
      }
      return request.acceptedTime;
    }
    if (request.status === ConferralRequestStatus.COUNTERED && request.counterTimes?.length) {
      const offered = request.counterTimes.map((t) => new Date(t));
      if (!given) {
        throw new BadInputError('Give scheduledFor: the time the other side offered that it did not keep.');
      }
      if (!offered.some((t) => t.getTime() === given.getTime())) {
        throw new BadInputError(
          'The time not kept (scheduledFor) must be one the other side took or offered.',
        );
      }
      return given;
    }
    throw new ConflictError(
      request.status === ConferralRequestStatus.PENDING
        ? 'The other side has not answered this request: no time was agreed that it could miss. An unanswered request becomes your attempt to confer when its time runs.'
        : 'The other side declined this request: it already counts as your attempt to confer.',
    );
  }
}
