import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  MEMBER_JOINED = 'MEMBER_JOINED',
  SET_SERVED = 'SET_SERVED',
  SET_WITHDRAWN = 'SET_WITHDRAWN',
  RESPONSE_SERVED = 'RESPONSE_SERVED',
  EXTENSION_PROPOSED = 'EXTENSION_PROPOSED',
  EXTENSION_AGREED = 'EXTENSION_AGREED',
  DISCOVERY_ORDER_RECORDED = 'DISCOVERY_ORDER_RECORDED',
  DISPUTE_OPENED = 'DISPUTE_OPENED',
  CONFERENCE_REQUESTED = 'CONFERENCE_REQUESTED',
  CONFERENCE_ANSWERED = 'CONFERENCE_ANSWERED',
  CONFERENCE_LOGGED = 'CONFERENCE_LOGGED',
  CONFERENCE_CONTESTED = 'CONFERENCE_CONTESTED',
  LETTER_RECEIVED = 'LETTER_RECEIVED',
  DISPUTE_CLOSED = 'DISPUTE_CLOSED',
  RESOLUTION_PROPOSED = 'RESOLUTION_PROPOSED',
  DISPUTE_ESCALATED = 'DISPUTE_ESCALATED',
  POSITION_SUBMITTED = 'POSITION_SUBMITTED',
  RULING_ISSUED = 'RULING_ISSUED',
  DEADLINE_REMINDER = 'DEADLINE_REMINDER',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  DEADLINE_MET = 'DEADLINE_MET',
  /** A change to the court's calendar moved a deadline. */
  DEADLINE_MOVED = 'DEADLINE_MOVED',
  ESCALATION_BEFORE_COURT = 'ESCALATION_BEFORE_COURT',
  COURT_STAFF_ADDED = 'COURT_STAFF_ADDED',
  /** A day off added to or removed from the court's calendar, or a setting changed (to its staff). */
  COURT_CALENDAR_CHANGED = 'COURT_CALENDAR_CHANGED',
  DOCKET_NUMBER_SHARED = 'DOCKET_NUMBER_SHARED',
  /** A paper to print and mail to a party not on Parley (to the sending party). */
  MAILING_TO_SEND = 'MAILING_TO_SEND',
  /** A party mailed a paper to the court in the case; a motion waits for the other side's answer. */
  PAPER_FILED = 'PAPER_FILED',
  /** The court entered an order on a paper a party mailed to it (issue 16). */
  PAPER_FILING_ORDERED = 'PAPER_FILING_ORDERED',
  /** Documents produced to the party: a volume to download (issue 17). */
  PRODUCTION_SERVED = 'PRODUCTION_SERVED',
  PRIVILEGE_LOG_SERVED = 'PRIVILEGE_LOG_SERVED',
  /** Produced pages claimed back as privileged: sequester, return or destroy them, or challenge. */
  CLAWBACK_REQUESTED = 'CLAWBACK_REQUESTED',
  CLAWBACK_ANSWERED = 'CLAWBACK_ANSWERED',
  CLAWBACK_WITHDRAWN = 'CLAWBACK_WITHDRAWN',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
