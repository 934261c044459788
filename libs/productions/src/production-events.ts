import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';
import { spokenDate } from '@parley/rules';

/** A draft is its party's private work: the event goes to that party's own chain. */
export const ProductionDrafted = defineEvent<{
  setId: string;
  batesPrefix: string;
  documents: number;
  pages: number;
}>({ action: 'PRODUCTION_DRAFTED', subjectType: 'Production', audience: 'party' });

export const ProductionDiscarded = defineEvent<{ setId: string }>({
  action: 'PRODUCTION_DISCARDED',
  subjectType: 'Production',
  audience: 'party',
});

export const ProductionServed = defineEvent<{
  producingPartyId: string;
  receivingPartyId: string;
  setId: string;
  setTitle: string;
  volume: string;
  firstBates: string;
  lastBates: string;
  documents: number;
  pages: number;
  servedAt: string;
  servedOn: string;
  serviceMethod: string;
  signature: string;
  volumeSha256: string;
}>({
  action: 'PRODUCTION_SERVED',
  subjectType: 'Production',
  audience: 'case',
  notice: {
    kind: NotificationKind.PRODUCTION_SERVED,
    compose: (d, c) =>
      `${c.partyName(d.producingPartyId)} produced ${d.firstBates}–${d.lastBates} (${d.pages} ${d.pages === 1 ? 'page' : 'pages'}, volume ${d.volume}) in answer to “${d.setTitle}”; the volume is ready to download.`,
  },
});

export const PrivilegeLogEntryAdded = defineEvent<{ setId: string; privilege: string }>({
  action: 'PRIVILEGE_LOG_ENTRY_ADDED',
  subjectType: 'PrivilegeLogEntry',
  audience: 'party',
});

export const PrivilegeLogEntryRemoved = defineEvent<{ setId: string }>({
  action: 'PRIVILEGE_LOG_ENTRY_REMOVED',
  subjectType: 'PrivilegeLogEntry',
  audience: 'party',
});

export const PrivilegeLogServed = defineEvent<{
  producingPartyId: string;
  receivingPartyId: string;
  setId: string;
  setTitle: string;
  sequence: number;
  entries: number;
  servedAt: string;
  serviceMethod: string;
  signature: string;
}>({
  action: 'PRIVILEGE_LOG_SERVED',
  subjectType: 'PrivilegeLog',
  audience: 'case',
  notice: {
    kind: NotificationKind.PRIVILEGE_LOG_SERVED,
    compose: (d, c) =>
      `${c.partyName(d.producingPartyId)} served ${d.sequence === 1 ? 'its privilege log' : `supplement ${d.sequence - 1} to its privilege log`} for “${d.setTitle}”: ${d.entries} ${d.entries === 1 ? 'document' : 'documents'} withheld (FRCP 26(b)(5)(A)).`,
  },
});

export const ClawbackRequested = defineEvent<{
  productionId: string;
  producingPartyId: string;
  receivingPartyId: string;
  range: string;
  pages: number;
  basis: string;
  answerDueOn: string;
}>({
  action: 'CLAWBACK_REQUESTED',
  subjectType: 'Clawback',
  audience: 'case',
  notice: {
    kind: NotificationKind.CLAWBACK_REQUESTED,
    compose: (d, c, partyId) =>
      partyId === d.receivingPartyId
        ? `${c.partyName(d.producingPartyId)} claims ${d.range} as privileged (FRCP 26(b)(5)(B)): sequester, return or destroy those pages and any copies, do not use or disclose them, and take reasonable steps to get back any you disclosed before this notice; you may challenge the claim with the court. Say what you did by ${spokenDate(d.answerDueOn)}.`
        : `${c.partyName(d.producingPartyId)} clawed back ${d.range} from ${c.partyName(d.receivingPartyId)}.`,
  },
});

export const ClawbackAnswered = defineEvent<{
  productionId: string;
  producingPartyId: string;
  receivingPartyId: string;
  range: string;
  outcome: string;
}>({
  action: 'CLAWBACK_ANSWERED',
  subjectType: 'Clawback',
  audience: 'case',
  notice: {
    kind: NotificationKind.CLAWBACK_ANSWERED,
    compose: (d, c) =>
      `${c.partyName(d.receivingPartyId)} ${OUTCOME_WORDS[d.outcome] ?? 'answered the clawback of'} ${d.range}.`,
  },
});

export const ClawbackWithdrawn = defineEvent<{
  productionId: string;
  producingPartyId: string;
  receivingPartyId: string;
  range: string;
}>({
  action: 'CLAWBACK_WITHDRAWN',
  subjectType: 'Clawback',
  audience: 'case',
  notice: {
    kind: NotificationKind.CLAWBACK_WITHDRAWN,
    compose: (d, c) =>
      `${c.partyName(d.producingPartyId)} withdrew its clawback of ${d.range}: the pages may be used again.`,
  },
});

export const ClawbackUnanswered = defineEvent<{ range: string; receivingPartyId: string; dueOn: string }>({
  action: 'CLAWBACK_UNANSWERED',
  subjectType: 'Clawback',
  audience: 'case',
});

const OUTCOME_WORDS: Record<string, string> = {
  SEQUESTERED: 'sequestered',
  RETURNED: 'returned',
  DESTROYED: 'destroyed',
  CHALLENGED: 'sequestered and challenges the claim of privilege over',
};
