import { anyMember, defineCapability, defineSubject } from '@parley/access';
import { CaseSubject } from '@parley/cases';

/**
 * A document: its party's alone until a paper it belongs to is served or filed (DOMAIN.md, "Private
 * work stays private"); then every party of the case's. Court staff never reach a case's files
 * through the case (FRCP 5(d)(1)(A)).
 */
export const DocumentSubject = defineSubject<'owner'>({
  kind: 'document',
  noun: 'The document',
  reach: { parties: true },
  from: 'documents d',
  id: 'd.id',
  caseId: 'd.case_id',
  parties: { owner: 'd.party_id' },
  privateTo: 'CASE WHEN d.shared_at IS NULL THEN d.party_id END',
});

export const DocumentCapabilities = {
  /** Any member of the case keeps files for the party they act for (a paralegal scans the mail). */
  UPLOAD: defineCapability('document.upload', CaseSubject, anyMember()),
  READ: defineCapability('document.read', DocumentSubject, anyMember()),
};
