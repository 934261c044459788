import { Injectable } from '@nestjs/common';
import { memberUserIds } from '@parley/cases';
import {
  DeadlineEntity,
  DeadlineKind,
  DeadlinePassedHandler,
  DeadlineStatus,
  HandlesDeadlinePassing,
  PassedOutcome,
} from '@parley/deadlines';
import { Notice, NotificationKind } from '@parley/notifications';
import { EntityManager, MoreThan, Not } from 'typeorm';
import { ConferralRequestStatus } from '../conferral-enums';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { ConferralRequestEntity } from '../conferrals/conferral-request.entity';
import { DisputeEntity } from '../disputes/dispute.entity';

const noticesTo = async (
  manager: EntityManager,
  partyIds: string[],
  caseId: string,
  eventId: string,
  message: string,
): Promise<Notice[]> =>
  (await memberUserIds(manager, partyIds)).map((userId) => ({
    userId,
    caseId,
    kind: NotificationKind.DEADLINE_PASSED,
    message,
    eventId,
  }));

/**
 * The other side let the time to answer a request to confer run out: the request now stands as an
 * attempt to confer (FRCP 37(a)(1); Civil L.R. 37-1(b)). An answer, or any later letter or conference
 * from that side, means it did not.
 */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.CONFERRAL_WINDOW)
export class ConferralWindowPassedHandler implements DeadlinePassedHandler {
  async passed(
    manager: EntityManager,
    deadline: DeadlineEntity,
    { eventId }: { eventId: string },
  ): Promise<PassedOutcome> {
    const request = await manager.findOneBy(ConferralRequestEntity, { id: deadline.subjectId });
    if (!request || request.status !== ConferralRequestStatus.PENDING)
      return { status: DeadlineStatus.MET, notices: [] };
    const answeredOtherwise = await manager.existsBy(ConferralEventEntity, {
      disputeId: request.disputeId,
      fromPartyId: Not(request.fromPartyId),
      heldAt: MoreThan(request.requestedAt),
    });
    if (answeredOtherwise) return { status: DeadlineStatus.MET, notices: [] };
    const dispute = await manager.findOneByOrFail(DisputeEntity, { id: request.disputeId });
    return {
      status: DeadlineStatus.MISSED,
      notices: [
        ...(await noticesTo(
          manager,
          [request.fromPartyId],
          dispute.caseId,
          eventId,
          `Your request to confer went unanswered by ${request.answerByOn}; it now counts as an attempt to confer (FRCP 37(a)(1)). Describe it when you certify (Civil L.R. 37-1(b)).`,
        )),
        ...(await noticesTo(
          manager,
          [deadline.partyId],
          dispute.caseId,
          eventId,
          `You did not answer the request to confer by ${request.answerByOn}; the other side may now go to the court with its attempt to confer.`,
        )),
      ],
    };
  }
}

/** The date the responding party agreed to supplement by has passed: the requesting party is told. */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.AGREED_SUPPLEMENT)
export class AgreedSupplementPassedHandler implements DeadlinePassedHandler {
  async passed(
    manager: EntityManager,
    deadline: DeadlineEntity,
    { eventId }: { eventId: string },
  ): Promise<PassedOutcome> {
    const dispute = await manager.findOneBy(DisputeEntity, { id: deadline.subjectId });
    if (!dispute) return { status: DeadlineStatus.MISSED, notices: [] };
    return {
      status: DeadlineStatus.MISSED,
      notices: await noticesTo(
        manager,
        [dispute.requestingPartyId, dispute.respondingPartyId],
        dispute.caseId,
        eventId,
        `The date agreed for supplemental responses, ${deadline.dueOn}, has passed without being marked met. If they were not served, the dispute can be raised again.`,
      ),
    };
  }
}
