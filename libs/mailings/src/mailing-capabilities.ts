import { actFor, anyMember, defineCapability, defineSubject } from '@parley/access';

/**
 * A mailing: the sending party's work (what it must still print and mail), seen by its members only;
 * the party it goes to is not on Parley, and the court never reaches it.
 */
export const MailingSubject = defineSubject<'sender'>({
  kind: 'mailing',
  noun: 'The mailing',
  reach: { parties: true },
  from: 'mailings m',
  id: 'm.id',
  caseId: 'm.case_id',
  parties: { sender: 'm.from_party_id' },
  privateTo: 'm.from_party_id',
});

export const MailingCapabilities = {
  READ: defineCapability('mailing.read', MailingSubject, anyMember()),
  /** Anyone of the sending party puts it in the mail (a paralegal, as a rule). */
  MARK_MAILED: defineCapability('mailing.mark-mailed', MailingSubject, actFor('sender')),
};
