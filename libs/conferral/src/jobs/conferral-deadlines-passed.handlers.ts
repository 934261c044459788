import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@parley/audit';
import {
  DeadlineFacts,
  DeadlineKind,
  DeadlinePassedHandler,
  DeadlineStatus,
  HandlesDeadlinePassing,
  PassedOutcome,
} from '@parley/deadlines';
import { EntityManager, MoreThan } from 'typeorm';
import { ConferralEventKind, ConferralRequestStatus } from '../conferral-enums';
import { AgreedSupplementPassed, ConferralAttempted } from '../conferral-events';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { ConferralRequestEntity } from '../conferrals/conferral-request.entity';
import { DisputeEntity } from '../disputes/dispute.entity';

/**
 * The other side let the time to answer a request to confer run out: the request now stands as the
 * requester's attempt to confer (FRCP 37(a)(1); Civil L.R. 37-1(b)). An answer in time, or a
 * conference held since, means it did not; a letter is no answer (it offers no time to meet).
 */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.CONFERRAL_WINDOW)
export class ConferralWindowPassedHandler implements DeadlinePassedHandler {
  constructor(private readonly events: DomainEvents) {}

  async passed(manager: EntityManager, deadline: DeadlineFacts): Promise<PassedOutcome> {
    const request = await manager.findOneBy(ConferralRequestEntity, { id: deadline.subjectId });
    if (!request || request.status !== ConferralRequestStatus.PENDING) return { status: DeadlineStatus.MET };
    const answeredOtherwise = await manager.existsBy(ConferralEventEntity, {
      disputeId: request.disputeId,
      kind: ConferralEventKind.CONFERENCE,
      heldAt: MoreThan(request.requestedAt),
    });
    if (answeredOtherwise) return { status: DeadlineStatus.MET };
    const dispute = await manager.findOneByOrFail(DisputeEntity, { id: request.disputeId });
    await this.events.publish(manager, ConferralAttempted, {
      caseId: dispute.caseId,
      actorId: null,
      subjectId: request.id,
      data: {
        requestId: request.id,
        fromPartyId: request.fromPartyId,
        toPartyId: deadline.partyId,
        answerByOn: request.answerByOn,
      },
      notify: { parties: [request.fromPartyId, deadline.partyId] },
    });
    return { status: DeadlineStatus.MISSED };
  }
}

/** The date the responding party agreed to supplement by has passed: both sides are told. */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.AGREED_SUPPLEMENT)
export class AgreedSupplementPassedHandler implements DeadlinePassedHandler {
  constructor(private readonly events: DomainEvents) {}

  async passed(manager: EntityManager, deadline: DeadlineFacts): Promise<PassedOutcome> {
    const dispute = await manager.findOneBy(DisputeEntity, { id: deadline.subjectId });
    if (!dispute) return { status: DeadlineStatus.MISSED };
    await this.events.publish(manager, AgreedSupplementPassed, {
      caseId: dispute.caseId,
      actorId: null,
      subjectId: dispute.id,
      data: { disputeId: dispute.id, dueOn: deadline.dueOn },
      notify: { parties: [dispute.requestingPartyId, dispute.respondingPartyId] },
    });
    return { status: DeadlineStatus.MISSED };
  }
}
