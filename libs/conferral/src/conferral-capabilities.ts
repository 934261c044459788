import { actFor, anyMember, defineCapability, defineSubject, signFor } from '@parley/access';
import { ItemSubject } from '@parley/discovery';

type DisputeRoles = 'requesting' | 'responding';

/** Disputes are seen by the parties of their case; court staff reach one only through an escalation. */
export const DisputeSubject = defineSubject<DisputeRoles>({
  kind: 'dispute',
  noun: 'The dispute',
  reach: { parties: true },
  from: 'disputes d',
  id: 'd.id',
  caseId: 'd.case_id',
  parties: { requesting: 'd.requesting_party_id', responding: 'd.responding_party_id' },
});

const otherSide = (from: string) =>
  `CASE WHEN ${from} = d.requesting_party_id THEN d.responding_party_id ELSE d.requesting_party_id END`;

/** A request to confer: the requester asked, the recipient answers. */
export const ConferralRequestSubject = defineSubject<DisputeRoles | 'requester' | 'recipient'>({
  kind: 'conferral-request',
  noun: 'The request to confer',
  reach: { parties: true },
  from: 'conferral_requests r JOIN disputes d ON d.id = r.dispute_id',
  id: 'r.id',
  caseId: 'd.case_id',
  parties: {
    requesting: 'd.requesting_party_id',
    responding: 'd.responding_party_id',
    requester: 'r.from_party_id',
    recipient: otherSide('r.from_party_id'),
  },
  facts: { disputeId: 'd.id' },
});

/** A record of conferral: `recorder` wrote it, `other` confirms or contests it. */
export const ConferralEventSubject = defineSubject<DisputeRoles | 'recorder' | 'other'>({
  kind: 'conferral-event',
  noun: 'The conference record',
  reach: { parties: true },
  from: 'conferral_events e JOIN disputes d ON d.id = e.dispute_id',
  id: 'e.id',
  caseId: 'd.case_id',
  parties: {
    requesting: 'd.requesting_party_id',
    responding: 'd.responding_party_id',
    recorder: 'e.from_party_id',
    other: otherSide('e.from_party_id'),
  },
  facts: { disputeId: 'd.id' },
});

/** The responding side's proposed resolution: the moving side accepts it. */
export const ResolutionProposalSubject = defineSubject<DisputeRoles | 'proposer'>({
  kind: 'resolution-proposal',
  noun: 'The proposed resolution',
  reach: { parties: true },
  from: 'dispute_resolution_proposals p JOIN disputes d ON d.id = p.dispute_id',
  id: 'p.id',
  caseId: 'd.case_id',
  parties: {
    requesting: 'd.requesting_party_id',
    responding: 'd.responding_party_id',
    proposer: 'p.proposed_by_party_id',
  },
  facts: { disputeId: 'd.id' },
});

export const DisputeCapabilities = {
  READ: defineCapability('dispute.read', DisputeSubject, anyMember()),
  /** Opened over served items by the party that served them, against the responding party. */
  OPEN: defineCapability('dispute.open', ItemSubject, signFor('serving')),
  /**
   * A letter from a party not on Parley disputing the answers to requests it served: anyone of the side
   * it reached opens the mail, and the dispute opens on the writer's behalf.
   */
  OPEN_BY_LETTER: defineCapability('dispute.open-by-letter', ItemSubject, actFor('responding')),
  /** Meet and confer (FRCP 37(a)(1)): either side's counsel or pro se litigant. */
  CONFER: defineCapability('dispute.confer', DisputeSubject, signFor(['requesting', 'responding'])),
  /** A letter that came by mail from a party not on Parley: anyone of the other side opens the mail. */
  RECORD_LETTER: defineCapability(
    'dispute.record-letter',
    DisputeSubject,
    actFor('requesting', 'responding'),
  ),
  /** Only the side that opened it (the moving side) drops it. */
  WITHDRAW: defineCapability('dispute.withdraw', DisputeSubject, signFor('requesting')),
  /** The moving side alone makes the responding side's proposed resolution take effect. */
  ACCEPT_RESOLUTION: defineCapability(
    'resolution-proposal.accept',
    ResolutionProposalSubject,
    signFor('requesting', {
      responding: 'You proposed this resolution; the moving side accepts it.',
    }),
  ),
  /** FRCP 37(a)(1): the side that asked to confer records that the other side did not attend. */
  RECORD_NO_SHOW: defineCapability(
    'conferral-request.no-show',
    ConferralRequestSubject,
    signFor('requester', {
      recipient: 'Only the side that asked to confer records that the other side did not attend.',
    }),
  ),
  ANSWER_REQUEST: defineCapability(
    'conferral-request.answer',
    ConferralRequestSubject,
    signFor('recipient', { requester: 'You sent this request; the other side answers it.' }),
  ),
  /** A letter's paper: both sides keep the letter, as they would a copy on paper. */
  READ_RECORD: defineCapability('conferral-event.read', ConferralEventSubject, anyMember()),
  ANSWER_RECORD: defineCapability(
    'conferral-event.answer',
    ConferralEventSubject,
    signFor('other', { recorder: 'You recorded this conference; the other side confirms or contests it.' }),
  ),
};
