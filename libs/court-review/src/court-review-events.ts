import { spokenDate } from '@parley/rules';
import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';

export const OUTCOME_WORDS: Record<string, string> = {
  GRANTED: 'granted',
  DENIED: 'denied',
  GRANTED_IN_PART: 'granted in part',
  VACATED: 'vacated',
  RETURNED_TO_CONFER: 'returned to the parties to meet and confer further',
};

/**
 * Court staff reach the escalation through their docket; the notice names the case and nothing else
 * (an id would mean nothing to a clerk).
 */
const beforeCourt = {
  kind: NotificationKind.ESCALATION_BEFORE_COURT,
  compose: (_d: { escalationId: string }, c: { caseTitle: string; docketNumber: string }) =>
    `A discovery dispute in ${c.caseTitle} (${c.docketNumber}) is before the court; it is on your docket.`,
};

export const DisputeEscalated = defineEvent<{
  escalationId: string;
  disputeId: string;
  escalatingPartyId: string;
  otherPartyId: string;
  positionDueOn: string;
  conferralBasis: unknown;
  items: number;
}>({
  action: 'DISPUTE_ESCALATED',
  subjectType: 'Escalation',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISPUTE_ESCALATED,
    compose: (d, c, partyId) =>
      partyId === d.otherPartyId
        ? `${c.partyName(d.escalatingPartyId)} took the dispute to the court. Add your position and final compromise to the joint letter by ${spokenDate(d.positionDueOn)}, or it goes to the court without them.`
        : null,
  },
});

export const PositionSubmitted = defineEvent<{
  escalationId: string;
  partyId: string;
  otherPartyId: string;
  text: string;
  compromise: string | null;
  submittedToCourt: boolean;
}>({
  action: 'POSITION_SUBMITTED',
  subjectType: 'Escalation',
  audience: 'case',
  notice: {
    kind: NotificationKind.POSITION_SUBMITTED,
    compose: (d, c, partyId) =>
      partyId !== d.otherPartyId
        ? null
        : d.submittedToCourt
          ? `${c.partyName(d.partyId)} added its part; the joint letter is now before the court.`
          : `${c.partyName(d.partyId)} revised its part of the joint letter.`,
  },
  courtNotice: beforeCourt,
});

/** The other side's time to add its part ran out: the packet goes to the court without it, marked so. */
export const EscalationSubmitted = defineEvent<{
  escalationId: string;
  otherPartyId: string;
  positionDueOn: string;
  status: string;
  otherSideResponded: false;
  at: string;
}>({
  action: 'ESCALATION_SUBMITTED',
  subjectType: 'Escalation',
  audience: 'case',
  notice: {
    kind: NotificationKind.DEADLINE_PASSED,
    compose: (d, c) =>
      `${c.partyName(d.otherPartyId) || 'The other side'} did not add its part of the joint letter by ${spokenDate(d.positionDueOn)}; the dispute went to the court without it.`,
  },
  courtNotice: beforeCourt,
});

export const RulingIssued = defineEvent<{
  escalationId: string;
  outcome: string;
  orderText: string;
  complianceDueOn: string | null;
  orderedPartyId: string | null;
  disputeStatus: string;
}>({
  action: 'RULING_ISSUED',
  subjectType: 'Ruling',
  audience: 'case',
  notice: {
    kind: NotificationKind.RULING_ISSUED,
    compose: (d) =>
      `The court ruled on the discovery dispute: ${OUTCOME_WORDS[d.outcome] ?? d.outcome}.${d.complianceDueOn ? ` Compliance is due ${spokenDate(d.complianceDueOn)}.` : ''}`,
  },
});

/** The ordered party's time to comply passed: the other side may raise it with the court. */
export const CompliancePassed = defineEvent<{
  rulingId: string;
  orderedPartyId: string;
  movingPartyId: string;
  dueOn: string;
}>({
  action: 'COMPLIANCE_DATE_PASSED',
  subjectType: 'Ruling',
  audience: 'case',
  notice: {
    kind: NotificationKind.DEADLINE_PASSED,
    compose(d, c, partyId) {
      if (partyId === d.orderedPartyId)
        return `Your time to comply with the court's order passed on ${spokenDate(d.dueOn)}. If you have complied, mark it met; if not, do so at once.`;
      if (partyId === d.movingPartyId)
        return `${c.partyName(d.orderedPartyId) || 'The ordered party'}'s time to comply with the court's order passed on ${spokenDate(d.dueOn)} without being marked met. If it has not complied, you may raise it with the court.`;
      return null;
    },
  },
});

/** A paper mailed to the court, recorded by its staff (issue 16): the record of the case keeps it. */
export const PaperFilingRecorded = defineEvent<{
  paperFilingId: string;
  kind: string;
  fromPartyId: string;
  receivedOn: string;
  mailedOn: string;
  certificationPage: number | null;
  responseDueOn: string | null;
  verdict: unknown;
  scan: { documentId: string; sha256: string };
}>({
  action: 'PAPER_FILING_RECORDED',
  subjectType: 'PaperFiling',
  audience: 'case',
  notice: {
    kind: NotificationKind.PAPER_FILED,
    compose: (d, c, partyId) =>
      partyId === d.fromPartyId
        ? null
        : d.responseDueOn
          ? `${c.partyName(d.fromPartyId)} mailed a discovery motion to the court in ${c.caseTitle}. Link it to the requests it concerns and give your position by ${spokenDate(d.responseDueOn)}, or the court decides it without them.`
          : `${c.partyName(d.fromPartyId)} mailed discovery papers to the court in ${c.caseTitle}; the court will enter an order on them.`,
  },
});

/** The court's order on a paper mailed to it: the parties on Parley are told; the filer gets it by mail. */
export const PaperFilingOrdered = defineEvent<{
  paperFilingId: string;
  fromPartyId: string;
  outcome: string;
  orderText: string;
}>({
  action: 'PAPER_FILING_ORDERED',
  subjectType: 'PaperFiling',
  audience: 'case',
  notice: {
    kind: NotificationKind.PAPER_FILING_ORDERED,
    compose: (d, c) =>
      `The court entered an order (${OUTCOME_WORDS[d.outcome] ?? d.outcome}) on the paper ${c.partyName(d.fromPartyId)} mailed to it in ${c.caseTitle}.`,
  },
});

/**
 * The other side answered a motion mailed to the court: linked it to the requests it concerns (or said
 * they were never served) and gave its position. When the record is full, the motion is before the
 * court as its dispute's escalation.
 */
export const PaperFilingAnswered = defineEvent<{
  paperFilingId: string;
  respondentPartyId: string;
  itemIds: string[];
  notServed: boolean;
  position: string;
  verdict: unknown;
  escalationId: string | null;
}>({
  action: 'PAPER_FILING_ANSWERED',
  subjectType: 'PaperFiling',
  audience: 'case',
  courtNotice: {
    kind: NotificationKind.ESCALATION_BEFORE_COURT,
    compose: (d, c) =>
      d.escalationId
        ? `A discovery motion mailed to the court in ${c.caseTitle} (${c.docketNumber}) is before the court on a full record; it is on your docket.`
        : `A discovery motion mailed to the court in ${c.caseTitle} (${c.docketNumber}) has been answered; its order waits in your intake.`,
  },
});
