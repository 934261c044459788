import { spokenDate, spokenDateOr } from '@parley/rules';
import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';

interface DisputeParties {
  disputeId: string;
  requestingPartyId: string;
  respondingPartyId: string;
}

/** The side that did not act: whom a conferral step concerns. */
const otherThan = (d: DisputeParties, partyId: string) =>
  partyId === d.requestingPartyId ? d.respondingPartyId : d.requestingPartyId;

export const DisputeOpened = defineEvent<DisputeParties & { itemIds: string[]; summary: string }>({
  action: 'DISPUTE_OPENED',
  subjectType: 'Dispute',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISPUTE_OPENED,
    compose: (d) =>
      `A dispute was opened over your responses: ${d.summary} Meet and confer before it can go to the court.`,
  },
});

export const DisputeResolved = defineEvent<
  DisputeParties & {
    status: string;
    resolution: string | null;
    byPartyId: string;
    /** When the moving side accepted the responding side's proposal. */
    proposalId?: string | null;
    agreedDueOn?: string | null;
  }
>({
  action: 'DISPUTE_RESOLVED',
  subjectType: 'Dispute',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISPUTE_CLOSED,
    compose: (d, _c, partyId) =>
      partyId === d.byPartyId ? null : `The dispute was resolved: ${d.resolution}`,
  },
});

/** The responding side proposes; only the moving side's acceptance resolves the dispute. */
export const ResolutionProposed = defineEvent<
  DisputeParties & { proposalId: string; resolution: string; agreedDueOn: string | null; byPartyId: string }
>({
  action: 'RESOLUTION_PROPOSED',
  subjectType: 'Dispute',
  audience: 'case',
  notice: {
    kind: NotificationKind.RESOLUTION_PROPOSED,
    compose: (d, _c, partyId) =>
      partyId === d.requestingPartyId
        ? `The other side proposes to resolve the dispute: ${d.resolution}${d.agreedDueOn ? ` (supplemental responses by ${spokenDate(d.agreedDueOn)})` : ''}. It takes effect only if you accept it.`
        : null,
  },
});

export const DisputeWithdrawn = defineEvent<DisputeParties & { status: string; byPartyId: string }>({
  action: 'DISPUTE_WITHDRAWN',
  subjectType: 'Dispute',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISPUTE_CLOSED,
    compose: (d, _c, partyId) =>
      partyId === d.byPartyId ? null : 'The dispute over your responses was withdrawn.',
  },
});

interface Step extends DisputeParties {
  byPartyId: string;
}

export const ConferenceRequested = defineEvent<
  Step & { mode: string; proposedTimes: string[]; message: string; answerByOn: string | null }
>({
  action: 'CONFERENCE_REQUESTED',
  subjectType: 'ConferralRequest',
  audience: 'case',
  notice: {
    kind: NotificationKind.CONFERENCE_REQUESTED,
    compose: (d, _c, partyId) =>
      partyId === otherThan(d, d.byPartyId)
        ? `You are asked to meet and confer (${d.mode.toLowerCase().replace('_', ' ')}): ${d.message}`
        : null,
  },
});

export const ConferenceRequestAnswered = defineEvent<
  Step & {
    requestId: string;
    status: string;
    /** Answered after the other side's time ran: the attempt already made stands. */
    late?: boolean;
    answerByOn?: string | null;
    /** A counter with no time within the court's days obliges nobody: the request stays an attempt. */
    offersTimeInWindow?: boolean;
    acceptedTime: string | null;
    counterTimes: string[] | null;
    message: string | null;
  }
>({
  action: 'CONFERENCE_REQUEST_ANSWERED',
  subjectType: 'ConferralRequest',
  audience: 'case',
  notice: {
    kind: NotificationKind.CONFERENCE_ANSWERED,
    compose(d, _c, partyId) {
      if (partyId !== otherThan(d, d.byPartyId)) return null;
      if (d.late) {
        return `Your request to confer was ${d.status.toLowerCase()} after the time to answer ran (${spokenDateOr(d.answerByOn, 'the last day to answer')}); your attempt to confer stands (FRCP 37(a)(1)).`;
      }
      if (d.status === 'COUNTERED' && d.offersTimeInWindow === false) {
        return `Your request to confer was countered with no time by ${spokenDateOr(d.answerByOn, 'the last day to answer')}, the end of the time to answer; if you do not meet, it counts as your attempt to confer when that day ends (FRCP 37(a)(1)).`;
      }
      if (d.status === 'DECLINED') {
        return 'Your request to confer was declined; it counts as your attempt to confer (FRCP 37(a)(1)). Describe it when you certify (Civil L.R. 37-1(b)).';
      }
      return `Your request to confer was ${d.status.toLowerCase()}: confer at the time ${d.status === 'ACCEPTED' ? 'agreed' : 'offered'}, or record that the other side did not attend.`;
    },
  },
});

/** The requester records that the other side did not attend: an attempt to confer (FRCP 37(a)(1)). */
export const NoShowRecorded = defineEvent<
  Step & {
    requestId: string;
    scheduledFor: string;
    /** The same, on the court's clock, for people to read. */
    scheduledForText: string;
    mode: string;
    note: string;
  }
>({
  action: 'NO_SHOW_RECORDED',
  subjectType: 'ConferralEvent',
  audience: 'case',
  notice: {
    kind: NotificationKind.CONFERENCE_LOGGED,
    compose: (d, _c, partyId) =>
      partyId === otherThan(d, d.byPartyId)
        ? `The other side recorded that you did not attend the conference set for ${d.scheduledForText}: it now counts as its attempt to confer (FRCP 37(a)(1)). Confirm the record, or contest it saying what happened.`
        : null,
  },
});

export const ConferenceLogged = defineEvent<
  Step & {
    mode: string;
    heldAt: string;
    durationMinutes: number | null;
    participants: string[];
    leadCounselParticipated: boolean | null;
    summary: string;
    agreed: string | null;
    stillDisputed: string | null;
  }
>({
  action: 'CONFERENCE_LOGGED',
  subjectType: 'ConferralEvent',
  audience: 'case',
  notice: {
    kind: NotificationKind.CONFERENCE_LOGGED,
    compose: (d, _c, partyId) =>
      partyId === otherThan(d, d.byPartyId)
        ? 'The other side recorded your conference; confirm the record or contest it.'
        : null,
  },
});

export const ConferenceConfirmed = defineEvent<Step & { confirmation: string }>({
  action: 'CONFERENCE_CONFIRMED',
  subjectType: 'ConferralEvent',
  audience: 'case',
});

export const ConferenceContested = defineEvent<Step & { confirmation: string; reason: string | null }>({
  action: 'CONFERENCE_CONTESTED',
  subjectType: 'ConferralEvent',
  audience: 'case',
  notice: {
    kind: NotificationKind.CONFERENCE_CONTESTED,
    compose: (d, _c, partyId) =>
      partyId === otherThan(d, d.byPartyId) ? `The other side contests your record: ${d.reason}` : null,
  },
});

export const LetterSent = defineEvent<
  Step & { mode: string; sentAt: string; body: string; paperSha256?: string | null }
>({
  action: 'LETTER_SENT',
  subjectType: 'ConferralEvent',
  audience: 'case',
  notice: {
    kind: NotificationKind.LETTER_RECEIVED,
    compose: (d, _c, partyId) =>
      partyId === otherThan(d, d.byPartyId)
        ? `You have a ${d.mode.toLowerCase()} about the dispute: “${d.body.slice(0, 140)}${d.body.length > 140 ? '…' : ''}”`
        : null,
  },
});

/** A letter from a party not on Parley, entered from its scan by the other side (nobody else to tell). */
export const LetterRecorded = defineEvent<
  Step & {
    sentOn: string;
    receivedOn: string;
    body: string;
    scan: { documentId: string; sha256: string };
  }
>({
  action: 'LETTER_RECORDED',
  subjectType: 'ConferralEvent',
  audience: 'case',
});

export const GoodFaithCertified = defineEvent<{
  disputeId: string;
  partyId: string;
  statement: string;
  signature: string;
  recordIds: string[];
  recordsSha256: string;
  /** What the signer's conferral rested on when it signed (FRCP 37(a)(1)). */
  basis?: string;
}>({ action: 'GOOD_FAITH_CERTIFIED', subjectType: 'Certification', audience: 'case' });

/** FRCP 37(a)(1); Civil L.R. 37-1(b): an unanswered request to confer stands as an attempt. */
export const ConferralAttempted = defineEvent<{
  requestId: string;
  fromPartyId: string;
  toPartyId: string;
  answerByOn: string | null;
}>({
  action: 'CONFERRAL_ATTEMPTED',
  subjectType: 'ConferralRequest',
  audience: 'case',
  notice: {
    kind: NotificationKind.DEADLINE_PASSED,
    compose(d, _c, partyId) {
      if (partyId === d.fromPartyId)
        return `Your request to confer went unanswered by ${spokenDateOr(d.answerByOn, 'the last day to answer')}; it now counts as an attempt to confer (FRCP 37(a)(1)). Describe it when you certify (Civil L.R. 37-1(b)).`;
      if (partyId === d.toPartyId)
        return `You did not answer the request to confer by ${spokenDateOr(d.answerByOn, 'the last day to answer')}; the other side may now go to the court with its attempt to confer.`;
      return null;
    },
  },
});

export const AgreedSupplementPassed = defineEvent<{ disputeId: string; dueOn: string }>({
  action: 'AGREED_SUPPLEMENT_PASSED',
  subjectType: 'Dispute',
  audience: 'case',
  notice: {
    kind: NotificationKind.DEADLINE_PASSED,
    compose: (d) =>
      `The date agreed for supplemental responses, ${spokenDate(d.dueOn)}, has passed without being marked met. If they were not served, the dispute can be raised again.`,
  },
});

interface PolicyData {
  lettersQualify: boolean;
  source: string;
  status: string;
  basis: string;
  agreedPartyIds: string[];
  byPartyId: string | null;
}

const policyWords = (d: PolicyData) =>
  d.lettersQualify
    ? 'an exchange of letters counts as conferral'
    : 'conferral must be by direct dialogue, not letters';

export const ConferralPolicyProposed = defineEvent<PolicyData>({
  action: 'CONFERRAL_POLICY_PROPOSED',
  subjectType: 'ConferralPolicy',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISCOVERY_ORDER_RECORDED,
    compose: (d, c) =>
      `${c.partyName(d.byPartyId)} proposes a stipulation that ${policyWords(d)} (${d.source}). It takes effect only when every party agrees.`,
  },
});

export const ConferralPolicyJoined = defineEvent<PolicyData>({
  action: 'CONFERRAL_POLICY_JOINED',
  subjectType: 'ConferralPolicy',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISCOVERY_ORDER_RECORDED,
    compose: (d, c) =>
      d.status === 'IN_EFFECT'
        ? `Every party has agreed: ${policyWords(d)} in this case (${d.source}).`
        : `${c.partyName(d.byPartyId)} joined the stipulation that ${policyWords(d)}.`,
  },
});

export const ConferralPolicyOrdered = defineEvent<PolicyData>({
  action: 'CONFERRAL_POLICY_ORDERED',
  subjectType: 'ConferralPolicy',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISCOVERY_ORDER_RECORDED,
    compose: (d) => `The court ordered that ${policyWords(d)}: ${d.source}.`,
  },
});
