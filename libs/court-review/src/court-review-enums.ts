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

/** What a paper mailed to the court is (issue 16; DOMAIN.md, "Paper that reaches the court"). */
export enum PaperFilingKind {
  /** Discovery requests or responses sent to the court, which are not filed until used (FRCP 5(d)(1)(A)). */
  DISCOVERY_FILED_WITH_COURT = 'DISCOVERY_FILED_WITH_COURT',
  MOTION_TO_COMPEL = 'MOTION_TO_COMPEL',
  OTHER_DISCOVERY_MOTION = 'OTHER_DISCOVERY_MOTION',
}

export enum PaperFilingStatus {
  /** A motion: the other side links it to the requests it concerns and states its position. */
  AWAITING_RESPONSE = 'AWAITING_RESPONSE',
  /** Everything Parley can supply is in: the clerk reviews the verdict and the proposed order. */
  READY_FOR_ORDER = 'READY_FOR_ORDER',
  ORDER_ENTERED = 'ORDER_ENTERED',
}

registerEnumType(PaperFilingKind, { name: 'PaperFilingKind' });
registerEnumType(PaperFilingStatus, { name: 'PaperFilingStatus' });
