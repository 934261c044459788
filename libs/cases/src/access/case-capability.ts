/** What an actor may want to do within a case; the case-access policy decides each. */
export enum CaseCapability {
  /** See the case, its parties, served papers and audit trail: any member of any party. */
  READ = 'case.read',
  /** See a party's drafts: its members only; to anyone else a draft does not exist. */
  READ_PARTY_DRAFTS = 'party.drafts',
  /** Draft for a party: any member of that party. */
  ACT_FOR_PARTY = 'party.act',
  /** Sign and serve for a party: its counsel or pro se litigant (FRCP 26(g)). */
  SIGN_FOR_PARTY = 'party.sign',
  /** Invite someone to represent a party. */
  INVITE_TO_PARTY = 'party.invite',
  /** Record a stipulation or court order for the case: counsel or a pro se party. */
  RECORD_CASE_ORDER = 'case.record-order',
}
