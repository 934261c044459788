import { registerEnumType } from '@nestjs/graphql';

/** What a mailing carries: a paper Parley served or sent for a party, to a party not on Parley. */
export enum MailingPaperKind {
  DISCOVERY_SET = 'DISCOVERY_SET',
  DISCOVERY_RESPONSE = 'DISCOVERY_RESPONSE',
  LETTER = 'LETTER',
  CONFERENCE_REQUEST = 'CONFERENCE_REQUEST',
  JOINT_LETTER = 'JOINT_LETTER',
  RULING = 'RULING',
  /** The court's order on a paper a party mailed to it (issue 16). */
  FILING_ORDER = 'FILING_ORDER',
  /** Documents produced to a party not on Parley, printed and stamped (issue 17). */
  PRODUCTION = 'PRODUCTION',
  /** A privilege log served on a party not on Parley (issue 17). */
  PRIVILEGE_LOG = 'PRIVILEGE_LOG',
  /** Notice that produced pages are claimed back as privileged (FRCP 26(b)(5)(B)). */
  CLAWBACK_NOTICE = 'CLAWBACK_NOTICE',
}

registerEnumType(MailingPaperKind, {
  name: 'MailingPaperKind',
  description:
    'DISCOVERY_SET (requests served), DISCOVERY_RESPONSE (answers served), LETTER (about a dispute), PRIVILEGE_LOG (documents withheld), CLAWBACK_NOTICE (produced pages claimed back as privileged), and the court’s papers.',
});
