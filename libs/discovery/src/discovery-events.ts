import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';
import { lateResponseFlags, spokenDate, spokenDateOr } from '@parley/rules';
import { DiscoveryKind, SetStatus } from './discovery-enums';
import type { ServiceEntry } from '@parley/papers';

/** A draft is its party's private work: the event goes to that party's own chain. */
export const SetDrafted = defineEvent<{
  kind: DiscoveryKind;
  title: string;
  servingPartyId: string;
  respondingPartyId: string;
  items: number;
}>({ action: 'SET_DRAFTED', subjectType: 'DiscoverySet', audience: 'party' });

export const SetServed = defineEvent<{
  title: string;
  servingPartyId: string;
  respondingPartyId: string;
  status: SetStatus;
  servedAt: string;
  servedOn: string;
  deliveredAt: string | null;
  serviceMethod: string;
  signature: string;
  paperSha256: string;
  responseDueOn: string;
  dueAfterCutoff?: boolean;
  discoveryCutoffOn?: string | null;
  certificateOfService: ServiceEntry[];
}>({
  action: 'SET_SERVED',
  subjectType: 'DiscoverySet',
  audience: 'case',
  notice: {
    kind: NotificationKind.SET_SERVED,
    compose: (d, c) =>
      `${c.partyName(d.servingPartyId)} served “${d.title}” on ${c.partyName(d.respondingPartyId)}; responses are due ${spokenDate(d.responseDueOn)}.${
        d.dueAfterCutoff
          ? ` That is after the discovery cut-off (${spokenDateOr(d.discoveryCutoffOn, 'the day set')}): these requests are not enforceable without a court order (Civil L.R. 37-3).`
          : ''
      }`,
  },
});

/** A set a party not on Parley served by mail, entered from its scan by the party served. */
export const SetRecorded = defineEvent<{
  title: string;
  kind: DiscoveryKind;
  servingPartyId: string;
  respondingPartyId: string;
  items: number;
  servedOn: string;
  receivedOn: string;
  serviceMethod: string;
  responseDueOn: string;
  dueAfterCutoff: boolean;
  scan: { documentId: string; sha256: string };
}>({
  action: 'SET_RECORDED',
  subjectType: 'DiscoverySet',
  audience: 'case',
  notice: {
    kind: NotificationKind.SET_SERVED,
    compose: (d, c) =>
      `${c.partyName(d.servingPartyId)} served “${d.title}” on ${c.partyName(d.respondingPartyId)} by mail on ${spokenDate(d.servedOn)} (entered from the paper received ${spokenDate(d.receivedOn)}); responses are due ${spokenDate(d.responseDueOn)}.`,
  },
});

export const SetWithdrawn = defineEvent<{ title: string; status: SetStatus; withdrawnAt: string }>({
  action: 'SET_WITHDRAWN',
  subjectType: 'DiscoverySet',
  audience: 'case',
  notice: {
    kind: NotificationKind.SET_WITHDRAWN,
    compose: (d) => `“${d.title}” was withdrawn; no response is due.`,
  },
});

export const SetResponded = defineEvent<{ status: SetStatus }>({
  action: 'SET_RESPONDED',
  subjectType: 'DiscoverySet',
  audience: 'case',
});

interface ResponseData {
  setId: string;
  title: string;
  respondingPartyId: string;
  version: number;
  servedAt: string;
  servedOn: string;
  serviceMethod: string;
  signature: string;
  late: boolean;
  /** Interrogatory answers under the party’s own oath (FRCP 33(b)(3)); false where none was given. */
  verified: boolean;
  flags: string[];
  paperSha256: string;
  items: number;
  /** Entered from the mail: the day it arrived and its scan. */
  onPaper?: { receivedOn: string; scanDocumentId: string };
}

const responseNotice = {
  kind: NotificationKind.RESPONSE_SERVED,
  compose: (d: ResponseData, c: { partyName(id: string): string }) =>
    `${c.partyName(d.respondingPartyId)} served ${d.version === 1 ? 'responses' : 'supplemental responses'} to “${d.title}”${d.onPaper ? ` by mail on ${spokenDate(d.servedOn)}` : ''}${d.late ? ', after the response date' : ''}.`,
};

export const ResponseServed = defineEvent<ResponseData>({
  action: 'RESPONSE_SERVED',
  subjectType: 'DiscoveryResponse',
  audience: 'case',
  notice: responseNotice,
});

export const ResponseSupplemented = defineEvent<ResponseData>({
  action: 'RESPONSE_SUPPLEMENTED',
  subjectType: 'DiscoveryResponse',
  audience: 'case',
  notice: responseNotice,
});

export const ExtensionProposed = defineEvent<{
  setId: string;
  title: string;
  newDueOn: string;
  previousDueOn: string;
  proposedByPartyId: string;
}>({
  action: 'EXTENSION_PROPOSED',
  subjectType: 'Extension',
  audience: 'case',
  notice: {
    kind: NotificationKind.EXTENSION_PROPOSED,
    compose: (d, c) =>
      `${c.partyName(d.proposedByPartyId)} proposes moving the response date of “${d.title}” from ${spokenDate(d.previousDueOn)} to ${spokenDate(d.newDueOn)}. It takes effect if you agree to the same date.`,
  },
});

export const ExtensionAgreed = defineEvent<{
  setId: string;
  title: string;
  responseDueOn: string;
  status?: string;
  /** The set was overdue and the agreed date covers it: it awaits responses again. */
  wasOverdue?: boolean;
  agreedByPartyId: string;
  proposedByPartyId: string;
}>({
  action: 'EXTENSION_AGREED',
  subjectType: 'Extension',
  audience: 'case',
  notice: {
    kind: NotificationKind.EXTENSION_AGREED,
    compose: (d, c) =>
      `${c.partyName(d.proposedByPartyId)} and ${c.partyName(d.agreedByPartyId)} agreed: responses to “${d.title}” are now due ${spokenDate(d.responseDueOn)} (FRCP 29(b)).${
        d.wasOverdue
          ? ' The set is no longer overdue, and nothing in it is deemed admitted for want of an answer (FRCP 36(a)(3)).'
          : ''
      }`,
  },
});

/** FRCP 36(a)(3) for admissions, 33(b)(4) for objections: flagged, not decided. */
export const SetOverdue = defineEvent<{
  title: string;
  kind: DiscoveryKind;
  status: SetStatus;
  responseDueOn: string | null;
  servingPartyId: string;
  respondingPartyId: string;
}>({
  action: 'SET_OVERDUE',
  subjectType: 'DiscoverySet',
  audience: 'case',
  notice: {
    kind: NotificationKind.DEADLINE_PASSED,
    compose(d, _c, partyId) {
      // 'Under FRCP 36(a)(3), the matters may be deemed admitted …': the flag's words, led by its rule.
      const consequence = lateResponseFlags(d.kind, true)
        .map((f) => `Under ${f.rule}, ${f.message.replace(/^Served late: /, '')}`)
        .join(' ');
      if (partyId === d.respondingPartyId)
        return `The time to respond to “${d.title}” ran out on ${spokenDateOr(d.responseDueOn, 'its due date')}. Serve your responses as soon as you can. ${consequence}`.trim();
      if (partyId === d.servingPartyId)
        return `No responses to “${d.title}” were served by ${spokenDateOr(d.responseDueOn, 'the due date')}. ${consequence}`.trim();
      return null;
    },
  },
});

const ORDER_WORDS: Record<string, string> = {
  INTERROGATORY_LIMIT: 'a different interrogatory limit',
  EARLY_DISCOVERY: 'discovery before the Rule 26(f) conference',
};

interface OrderData {
  kind: string;
  interrogatoryLimit: number | null;
  source: string;
  status: string;
  basis: string;
  agreedPartyIds: string[];
  byPartyId: string | null;
}

const allowing = (d: OrderData) =>
  d.kind === 'INTERROGATORY_LIMIT' && d.interrogatoryLimit !== null
    ? `${d.interrogatoryLimit} interrogatories per party`
    : ORDER_WORDS[d.kind];

/** One party signs a stipulation; it binds nobody until every party has (FRCP 29). */
export const StipulationProposed = defineEvent<OrderData>({
  action: 'STIPULATION_PROPOSED',
  subjectType: 'DiscoveryOrder',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISCOVERY_ORDER_RECORDED,
    compose: (d, c) =>
      `${c.partyName(d.byPartyId)} proposes a stipulation allowing ${allowing(d)} (${d.source}). It takes effect only when every party agrees to the same terms.`,
  },
});

export const StipulationJoined = defineEvent<OrderData>({
  action: 'STIPULATION_JOINED',
  subjectType: 'DiscoveryOrder',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISCOVERY_ORDER_RECORDED,
    compose: (d, c) =>
      d.status === 'IN_EFFECT'
        ? `Every party has agreed: the stipulation allowing ${allowing(d)} is in effect (${d.source}).`
        : `${c.partyName(d.byPartyId)} joined the stipulation allowing ${allowing(d)}; it takes effect when every party has.`,
  },
});

export const DiscoveryOrderEntered = defineEvent<OrderData>({
  action: 'DISCOVERY_ORDER_ENTERED',
  subjectType: 'DiscoveryOrder',
  audience: 'case',
  notice: {
    kind: NotificationKind.DISCOVERY_ORDER_RECORDED,
    compose: (d) => `The court entered an order allowing ${allowing(d)}: ${d.source}.`,
  },
});
