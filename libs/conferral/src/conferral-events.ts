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
  DisputeParties & { status: string; resolution: string | null; byPartyId: string }
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
    compose: (d, _c, partyId) =>
      partyId === otherThan(d, d.byPartyId) ? `Your request to confer was ${d.status.toLowerCase()}.` : null,
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
      partyId === otherThan(d, d.byPartyId)
        ? `The other side contests your record of the conference: ${d.reason}`
        : null,
  },
});

export const LetterSent = defineEvent<Step & { mode: string; sentAt: string; body: string }>({
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

export const GoodFaithCertified = defineEvent<{
  disputeId: string;
  partyId: string;
  statement: string;
  signature: string;
  recordIds: string[];
  recordsSha256: string;
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
        return `Your request to confer went unanswered by ${d.answerByOn}; it now counts as an attempt to confer (FRCP 37(a)(1)). Describe it when you certify (Civil L.R. 37-1(b)).`;
      if (partyId === d.toPartyId)
        return `You did not answer the request to confer by ${d.answerByOn}; the other side may now go to the court with its attempt to confer.`;
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
      `The date agreed for supplemental responses, ${d.dueOn}, has passed without being marked met. If they were not served, the dispute can be raised again.`,
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
