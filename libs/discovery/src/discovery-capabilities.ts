import { actFor, anyMember, defineCapability, defineSubject, signFor } from '@parley/access';

type SetRoles = 'serving' | 'responding';

/** What a set and each of its requests share: its case, its two parties, and a draft's privacy. */
const OF_THE_SET = {
  reach: { parties: true },
  caseId: 's.case_id',
  parties: { serving: 's.serving_party_id', responding: 's.responding_party_id' },
  privateTo: `CASE WHEN s.status = 'DRAFT' THEN s.serving_party_id END`,
};

/**
 * A discovery set: a draft is its serving party's alone; a served paper goes to every party of the
 * case (FRCP 5(a)(1)(C)) and never to the court (FRCP 5(d)(1)(A)).
 */
export const SetSubject = defineSubject<SetRoles>({
  ...OF_THE_SET,
  kind: 'set',
  noun: 'The discovery set',
  from: 'discovery_sets s',
  id: 's.id',
});

/** One request of a set, seen exactly as its set is. */
export const ItemSubject = defineSubject<SetRoles>({
  ...OF_THE_SET,
  kind: 'item',
  noun: 'The discovery request',
  from: 'discovery_items i JOIN discovery_sets s ON s.id = i.set_id',
  id: 'i.id',
});

/** A served response or supplement, seen exactly as its set is (served papers go to every party). */
export const ResponseSubject = defineSubject<SetRoles>({
  ...OF_THE_SET,
  kind: 'response',
  noun: 'The response',
  from: 'discovery_responses r JOIN discovery_sets s ON s.id = r.set_id',
  id: 'r.id',
});

/**
 * A stipulation or order on the case's discovery: every party sees them, proposals included, since the
 * other side must see a proposal to agree to it.
 */
export const DiscoveryOrderSubject = defineSubject({
  kind: 'discovery-order',
  noun: 'The discovery order',
  reach: { parties: true },
  from: 'discovery_orders o',
  id: 'o.id',
  caseId: 'o.case_id',
});

export const ResponseCapabilities = {
  READ: defineCapability('response.read', ResponseSubject, anyMember()),
};

export const SetCapabilities = {
  READ: defineCapability('set.read', SetSubject, anyMember()),
  /** FRCP 26(g)(1): counsel of record or the party personally signs; a paralegal drafts. */
  SERVE: defineCapability('set.serve', SetSubject, signFor('serving')),
  WITHDRAW: defineCapability('set.withdraw', SetSubject, signFor('serving')),
  /** Only the responding party answers: the serving party cannot answer its own set. */
  RESPOND: defineCapability('set.respond', SetSubject, signFor('responding')),
  /** Responses that came by mail from a party not on Parley: entered by anyone of the party served. */
  RECORD_RESPONSE: defineCapability('set.record-response', SetSubject, actFor('serving')),
  /** FRCP 29(b): a stipulation of either side, effective when the other agrees. */
  EXTEND: defineCapability('set.extend', SetSubject, signFor(['serving', 'responding'])),
};
