import {
  Block,
  Caption,
  certificateOfService,
  formatDay,
  PaperDocument,
  ServiceRecord,
  Signer,
} from '@parley/papers';
import { Privilege, PRIVILEGE_WORDS } from '../production-enums';

/** One entry as the served log prints it. */
export interface LoggedEntry {
  number: number;
  documentDate: string;
  author: string;
  recipients: string[];
  documentType: string;
  subject: string;
  privilege: Privilege;
  basis: string | null;
  batesRange: string | null;
  /** "RFP No. 3", the requests it withholds from. */
  requests: string[];
}

/** What was served, kept as served: names and addresses may change later, the paper does not. */
export interface PrivilegeLogPaper {
  caption: Caption;
  title: string;
  setTitle: string;
  producingParty: string;
  entries: LoggedEntry[];
  signer: Signer;
  service: ServiceRecord;
}

export function privilegeLogTitle(producingParty: string, sequence: number): string {
  return sequence === 1
    ? `${producingParty}’s Privilege Log`
    : `${producingParty}’s Supplemental Privilege Log No. ${sequence - 1}`;
}

/**
 * The privilege claimed, in words: "Attorney-client privilege; basis: advice of counsel", or for
 * another privilege its own statement ("Joint-defense privilege (common legal interest)").
 */
export function privilegeWords(entry: Pick<LoggedEntry, 'privilege' | 'basis'>): string {
  const claimed = PRIVILEGE_WORDS[entry.privilege];
  if (entry.privilege === Privilege.OTHER) return `${entry.basis}`;
  return entry.basis ? `${claimed}; basis: ${entry.basis}` : claimed;
}

/** A line ending as a sentence does, whatever the person typed. */
export function sentence(text: string): string {
  return /[.!?…)”"]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** The log as a paper: the 26(b)(5)(A) description of each withheld document, signed and served. */
export function privilegeLogDocument(paper: PrivilegeLogPaper): PaperDocument {
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Under Federal Rule of Civil Procedure 26(b)(5)(A), ${paper.producingParty} describes below each document withheld from its production in answer to “${paper.setTitle}” on a claim of privilege or protection, without revealing information itself privileged or protected, so that the other parties can assess the claim.`,
    },
    ...paper.entries.map((e): Block => ({
      kind: 'request',
      label: `ENTRY NO. ${e.number} (${e.requests.join(', ')}):`,
      text: [
        `Date: ${formatDay(e.documentDate)}.`,
        `Author: ${e.author}.`,
        `Recipients: ${e.recipients.length ? e.recipients.join('; ') : 'none'}.`,
        `Type of document: ${e.documentType}.`,
        `Subject matter: ${e.subject}`,
        `Privilege or protection claimed: ${privilegeWords(e)}.`,
        e.batesRange ? `Produced in part, redacted: ${e.batesRange}.` : 'Withheld in full.',
      ]
        .map((line) => line.replace(/\.\.$/, '.'))
        .join('\n'),
    })),
    { kind: 'signature', date: formatDay(paper.service.servedOn), signers: [paper.signer] },
    ...certificateOfService(paper.title, paper.service, paper.signer),
  ];
  return {
    title: paper.title.toUpperCase(),
    caption: paper.caption,
    filer: paper.signer,
    blocks,
    footer: null,
  };
}

const CSV_HEADER = [
  'Entry',
  'Requests',
  'Date',
  'Author',
  'Recipients',
  'Document type',
  'Subject matter',
  'Privilege claimed',
  'Basis',
  'Bates range',
];

/** RFC 4180: every field quoted, quotes doubled, CRLF line ends. */
const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * The log as CSV for a review platform or a spreadsheet. A field opening with =, +, - or @ is kept
 * from running as a formula in a spreadsheet (OWASP's CSV injection advice): a leading apostrophe.
 */
export function privilegeLogCsv(paper: Pick<PrivilegeLogPaper, 'entries'>): string {
  const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const rows = paper.entries.map((e) =>
    [
      String(e.number),
      e.requests.join('; '),
      e.documentDate,
      e.author,
      e.recipients.join('; '),
      e.documentType,
      e.subject,
      PRIVILEGE_WORDS[e.privilege],
      e.basis ?? '',
      e.batesRange ?? '',
    ].map((v) => csvField(safe(v))),
  );
  return `\uFEFF${[CSV_HEADER.map(csvField), ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}
