import { registerEnumType } from '@nestjs/graphql';

export enum EscalationStatus {
  /** Waiting for the other side's part of the joint letter. */
  AWAITING_POSITION = 'AWAITING_POSITION',
  /** Before the court: both parts in, or the time for the other side's ran out. */
  SUBMITTED = 'SUBMITTED',
  RULED = 'RULED',
}

export enum RulingOutcome {
  GRANTED = 'GRANTED',
  DENIED = 'DENIED',
  GRANTED_IN_PART = 'GRANTED_IN_PART',
  /** The filing was improper (as in Luckert v. Brannon, where discovery was sent to the court). */
  VACATED = 'VACATED',
  /** Back to the parties to meet and confer further. */
  RETURNED_TO_CONFER = 'RETURNED_TO_CONFER',
}

registerEnumType(EscalationStatus, { name: 'EscalationStatus' });
registerEnumType(RulingOutcome, { name: 'RulingOutcome' });

/** Outcomes that order a party to do something by a date. */
export const ORDERING_OUTCOMES: readonly RulingOutcome[] = [
  RulingOutcome.GRANTED,
  RulingOutcome.GRANTED_IN_PART,
];
