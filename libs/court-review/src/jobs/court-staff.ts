import { UserEntity } from '@parley/accounts';
import { Notice, NotificationKind } from '@parley/notifications';
import { SystemRole } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { EscalationEntity } from '../escalations/escalation.entity';

/**
 * Tells a court's staff that an escalation is before them. The notice names the escalation, not the
 * case's other business, and carries no case id: court staff reach it through their docket only.
 */
export async function courtStaffNotices(
  manager: EntityManager,
  escalation: EscalationEntity,
  eventId: string,
): Promise<Notice[]> {
  const staff = await manager.find(UserEntity, {
    where: { courtId: escalation.courtId, role: SystemRole.COURT_STAFF },
    select: { id: true },
  });
  const { caseTitle, docketNumber } = escalation.packet.caption;
  return staff.map((user) => ({
    userId: user.id,
    caseId: null,
    kind: NotificationKind.ESCALATION_BEFORE_COURT,
    message: `A discovery dispute in ${caseTitle} (${docketNumber}) is before the court: escalation ${escalation.id}.`,
    eventId,
  }));
}
