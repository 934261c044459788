import { actFor, anyMember, anyOf, courtStaff, defineCapability, defineSubject } from '@parley/access';

/** No party has this id: a court's mailing is private to every party, as the policy reads privateTo. */
const NO_PARTY = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * A mailing: its sender's work (what it must still print and mail). A party's is seen by that party's
 * members only; the court's (its order) by its staff only. The party it goes to is not on Parley.
 */
export const MailingSubject = defineSubject<'sender'>({
  kind: 'mailing',
  noun: 'The mailing',
  reach: { parties: true, courtStaff: true },
  from: 'mailings m',
  id: 'm.id',
  caseId: 'm.case_id',
  courtId: 'm.court_id',
  parties: { sender: 'm.from_party_id' },
  privateTo: `COALESCE(m.from_party_id, ${NO_PARTY})`,
});

const COURTS_OWN = 'Only the staff of the court that sends it mail it.';

export const MailingCapabilities = {
  READ: defineCapability('mailing.read', MailingSubject, anyOf(anyMember(), courtStaff(COURTS_OWN))),
  /** Anyone of the sending party puts it in the mail (a paralegal, as a rule); for the court, its staff. */
  MARK_MAILED: defineCapability(
    'mailing.mark-mailed',
    MailingSubject,
    anyOf(actFor('sender'), courtStaff(COURTS_OWN)),
  ),
};
