import { EscalationStatus } from '../court-review-enums';
import { EscalationEntity } from './escalation.entity';

export interface EscalationState {
  status: EscalationStatus;
  /** Whether the other side added its part; null while its time runs. */
  otherSideResponded: boolean | null;
}

/**
 * Where an escalation stands now: once the other side's time to add its part has run, the packet is
 * before the court without it, marked so (DOMAIN.md).
 */
export function escalationState(
  escalation: Pick<EscalationEntity, 'status' | 'positionWindowEndsAt'>,
  otherSideHasPosition: boolean,
  now: Date,
): EscalationState {
  if (escalation.status === EscalationStatus.AWAITING_POSITION) {
    return now.getTime() >= escalation.positionWindowEndsAt.getTime()
      ? { status: EscalationStatus.SUBMITTED, otherSideResponded: false }
      : { status: EscalationStatus.AWAITING_POSITION, otherSideResponded: null };
  }
  return { status: escalation.status, otherSideResponded: otherSideHasPosition };
}
