import { anyMember, anyOf, courtStaff, defineCapability, defineSubject } from '@parley/access';
import { CaseForCourtSubject } from '@parley/cases';

/**
 * A scan is before the court when it is a paper filed with it (a paper filing's scan), or the paper of
 * something an escalation before it sets out: a disputed request's set, a response to it, or a letter
 * of the dispute's conferral. Written over the
 * tables of the libs that keep those papers, as the policy reads every subject in SQL.
 */
const IN_A_PACKET_BEFORE_THE_COURT = `(EXISTS (SELECT 1 FROM paper_filings pf WHERE pf.scan_document_id = d.id) OR EXISTS (
  SELECT 1 FROM escalations e
   WHERE (e.status <> 'AWAITING_POSITION' OR e.position_window_ends_at <= $now)
     AND (EXISTS (SELECT 1 FROM conferral_events ce WHERE ce.dispute_id = e.dispute_id AND ce.scan_document_id = d.id)
       OR EXISTS (SELECT 1 FROM dispute_items di JOIN discovery_sets s ON s.id = di.set_id
                   WHERE di.dispute_id = e.dispute_id
                     AND (s.scan_document_id = d.id
                       OR EXISTS (SELECT 1 FROM discovery_responses r WHERE r.set_id = s.id AND r.scan_document_id = d.id))))))`;

/**
 * A document: its party's alone until a paper it belongs to is served or filed (DOMAIN.md, "Private
 * work stays private"); then every party of the case's. Court staff never reach a case's files
 * through the case (FRCP 5(d)(1)(A)), only a scan in an escalation's record before their court.
 */
export const DocumentSubject = defineSubject<'owner'>({
  kind: 'document',
  noun: 'The document',
  reach: { parties: true, court: true },
  from: 'documents d',
  id: 'd.id',
  caseId: 'd.case_id',
  courtId: '(SELECT dc.court_id FROM cases dc WHERE dc.id = d.case_id)',
  parties: { owner: 'd.party_id' },
  privateTo: 'CASE WHEN d.shared_at IS NULL THEN d.party_id END',
  beforeCourt: IN_A_PACKET_BEFORE_THE_COURT,
});

export const DocumentCapabilities = {
  /**
   * Any member of the case keeps files for the party they act for (a paralegal scans the mail); the
   * court's staff the scan of a paper mailed to the court (issue 16).
   */
  UPLOAD: defineCapability(
    'document.upload',
    CaseForCourtSubject,
    anyOf(
      anyMember(),
      courtStaff('Only the parties, and the court for a paper filed with it, keep files for a case.'),
    ),
  ),
  READ: defineCapability(
    'document.read',
    DocumentSubject,
    anyOf(anyMember(), courtStaff('Court staff read a scan only as part of a dispute before the court.')),
  ),
};
