import { CalendarDate } from '../calendar-date';
import { spokenDate } from '../spoken-dates';

/** The gate's codes, as API.md fixes them. */
export type GateCode =
  | 'ITEM_NOT_SERVED'
  | 'NO_QUALIFYING_CONFERRAL'
  | 'NO_CERTIFICATION'
  | 'CERTIFICATION_STALE'
  | 'PAST_CUTOFF'
  | 'DISPUTE_CLOSED'
  | 'NO_ORDER_AFTER_CUTOFF';

export interface GateInput {
  /** Every disputed item is a served item of this case, between these parties. */
  itemsServedBetweenParties: boolean;
  conferralQualifies: boolean;
  conferralExplanation: string;
  certification: 'PRESENT' | 'MISSING' | 'STALE';
  /** Why the certification is missing or stale, when the rules say more than the default words. */
  certificationExplanation?: string;
  /** Today on the court's calendar. */
  today: CalendarDate;
  /** The last day for a discovery motion: 7 days after the discovery cut-off (L.R. 37-3); null when none is set. */
  lastDayToMove: CalendarDate | null;
  disputeOpen: boolean;
  /**
   * Some disputed requests were served so late that their responses fell due after the discovery
   * cut-off, and no court order permits discovery after it (Civil L.R. 37-3).
   */
  dueAfterCutoffWithoutOrder?: boolean;
}

/** One missing element, with what to do about it in plain words. */
export interface GateElement {
  code: GateCode;
  explanation: string;
}

export type GateDecision =
  { open: true } | { open: false; missing: GateCode[]; elements: GateElement[]; message: string };

/**
 * Whether a dispute may go to the court (FRCP 37(a)(1); N.D. Cal. Civil L.R. 37-1, 37-3): every
 * missing element is named, with what to do about it in plain words, as a court's order would.
 */
export function escalationGate(input: GateInput): GateDecision {
  const missing: Array<[GateCode, string]> = [];
  if (!input.disputeOpen) {
    missing.push(['DISPUTE_CLOSED', 'This dispute is already resolved, withdrawn or before the court.']);
  }
  if (!input.itemsServedBetweenParties) {
    missing.push([
      'ITEM_NOT_SERVED',
      'The court hears only disputes about discovery the parties served on each other; send requests to the other party, not to the court.',
    ]);
  }
  if (input.dueAfterCutoffWithoutOrder) {
    missing.push([
      'NO_ORDER_AFTER_CUTOFF',
      'Responses to some of these requests fell due after the discovery cut-off; such requests are not enforceable without a court order permitting them (Civil L.R. 37-3). Ask the court for that order first.',
    ]);
  }
  if (!input.conferralQualifies) {
    missing.push([
      'NO_QUALIFYING_CONFERRAL',
      `Meet and confer in good faith first (FRCP 37(a)(1); Civil L.R. 37-1(a)). ${input.conferralExplanation}`,
    ]);
  }
  if (input.certification === 'MISSING') {
    missing.push([
      'NO_CERTIFICATION',
      input.certificationExplanation ||
        'Certify that you conferred or attempted to confer in good faith (FRCP 37(a)(1)) before asking the court.',
    ]);
  }
  if (input.certification === 'STALE') {
    missing.push([
      'CERTIFICATION_STALE',
      input.certificationExplanation ||
        'The conferral records your certification relies on have changed since you signed it; review them and certify again.',
    ]);
  }
  if (input.lastDayToMove && input.today > input.lastDayToMove) {
    missing.push([
      'PAST_CUTOFF',
      `Discovery motions were due no later than 7 days after the discovery cut-off, by ${spokenDate(input.lastDayToMove)} (Civil L.R. 37-3).`,
    ]);
  }
  if (missing.length === 0) return { open: true };
  return {
    open: false,
    missing: missing.map(([code]) => code),
    elements: missing.map(([code, explanation]) => ({ code, explanation })),
    message: `This dispute cannot go to the court yet. ${missing.map(([, why]) => why).join(' ')}`,
  };
}
