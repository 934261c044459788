import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';
import { spokenDate } from '@parley/rules';

/** The sending party's own work: its chain, and a reminder to its members. */
export const MailingPrepared = defineEvent<{
  partyId: string;
  paperKind: string;
  paperId: string;
  paperTitle: string;
  address: string;
  dueOn: string | null;
}>({
  action: 'MAILING_PREPARED',
  subjectType: 'Mailing',
  audience: 'party',
  notice: {
    kind: NotificationKind.MAILING_TO_SEND,
    compose: (d, c) =>
      `${c.partyName(d.partyId)} is not on Parley: print “${d.paperTitle}” with its cover sheet and certificate of service (Mailings) and mail it.`,
  },
});

export const MailingMailed = defineEvent<{
  partyId: string;
  paperKind: string;
  paperId: string;
  mailedOn: string;
  dueOn: string | null;
  /** The day due before a mailing later than the paper's service moved it. */
  dueOnBefore: string | null;
}>({
  action: 'MAILING_MAILED',
  subjectType: 'Mailing',
  audience: 'party',
  notice: {
    kind: NotificationKind.MAILING_TO_SEND,
    compose: (d, c) =>
      d.dueOnBefore && d.dueOn !== d.dueOnBefore
        ? `Mailed to ${c.partyName(d.partyId)} on ${spokenDate(d.mailedOn)}, after the day it was served: the answer is now due ${spokenDate(d.dueOn ?? d.dueOnBefore)} (FRCP 5(b)(2)(C), 6(d)).`
        : null,
  },
});

/** The court's own mailing (its order to a party not on Parley): its chain, a reminder to its staff. */
export const CourtMailingPrepared = defineEvent<{
  partyId: string;
  paperKind: string;
  paperId: string;
  paperTitle: string;
  address: string;
  dueOn: string | null;
  caseTitle: string;
  docketNumber: string;
}>({
  action: 'COURT_MAILING_PREPARED',
  subjectType: 'Mailing',
  audience: 'court',
  courtNotice: {
    kind: NotificationKind.MAILING_TO_SEND,
    compose: (d) =>
      `${d.caseTitle}, No. ${d.docketNumber}: a party is not on Parley. Print “${d.paperTitle}” with its cover sheet and certificate of service (Papers to mail) and mail it.`,
  },
});

export const CourtMailingMailed = defineEvent<{
  partyId: string;
  paperKind: string;
  paperId: string;
  mailedOn: string;
  dueOn: string | null;
  dueOnBefore: string | null;
}>({ action: 'COURT_MAILING_MAILED', subjectType: 'Mailing', audience: 'court' });
