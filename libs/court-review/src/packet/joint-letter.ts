import {
  Block,
  formatCourtDay,
  formatCourtTime,
  formatDay,
  pageCount,
  PaperDocument,
  renderPaper,
  Signer,
} from '@parley/papers';
import { sentence } from '@parley/productions';
import { EscalationPacket, packetCaption } from './escalation-packet';
import { conferralStatement, modeWords, requestStatusWords, standingWords } from './packet-words';

export interface LetterPosition {
  party: string;
  text: string;
  compromise: string | null;
  /** Who signed this side's part; null on positions written before signers were kept. */
  signer: Signer | null;
}

/** A stored position as the letter prints it, named as the packet names its party. */
export function letterPosition(
  packet: EscalationPacket,
  position: { partyId: string; text: string; compromise: string | null; signer: Signer | null },
): LetterPosition {
  return {
    party: packet.parties.find((p) => p.id === position.partyId)?.name ?? '',
    text: position.text,
    compromise: position.compromise,
    signer: position.signer,
  };
}

export interface LetterNotes {
  /** False once the other side's time ran out without its part (DOMAIN.md). */
  otherSideResponded: boolean | null;
  otherParty: string;
  timeZone: string;
  /** When the letter was last signed: the later side's submission. */
  signedAt: Date;
}

/**
 * The joint discovery letter itself (N.D. Cal. standing orders: one letter instead of a motion):
 * each side's position and final proposed compromise, a true statement of how the parties conferred,
 * and both sides' signatures. Its rendered pages are what the court's page limit counts.
 */
function letterBlocks(
  packet: EscalationPacket,
  positions: readonly LetterPosition[],
  notes: LetterNotes,
): Block[] {
  const caption = packetCaption(packet);
  const requests = packet.items.length === 1 ? 'one request' : `${packet.items.length} requests`;
  const entries = packet.privilegeLogEntries?.length ?? 0;
  const logged = entries === 1 ? 'one entry' : `${entries} entries`;
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Dear Judge ${caption.judge.trim().split(/\s+/).at(-1)}:` },
    {
      kind: 'paragraph',
      text: entries
        ? `The parties submit this joint letter about their dispute over ${requests} for discovery and ${logged} of a privilege log (FRCP 26(b)(5)(A)), each set out in full after this letter with its response or description (Civil L.R. 37-2).`
        : `The parties submit this joint letter about their dispute over ${requests} for discovery, each set out in full with its response after this letter (Civil L.R. 37-2).`,
    },
  ];
  for (const position of positions) {
    blocks.push(
      { kind: 'heading', text: `${position.party}’s position` },
      { kind: 'paragraph', text: position.text },
    );
    if (position.compromise) {
      blocks.push(
        { kind: 'heading', text: `${position.party}’s final proposed compromise` },
        { kind: 'paragraph', text: position.compromise },
      );
    }
  }
  blocks.push(
    { kind: 'heading', text: 'Meeting and conferring' },
    { kind: 'paragraph', text: conferralStatement(packet, notes.timeZone) },
  );
  if (notes.otherSideResponded === false) {
    blocks.push({
      kind: 'paragraph',
      italic: true,
      text: `${notes.otherParty} did not submit its part within the time the court allows; this letter goes to the court without it.`,
    });
  }
  const signers = positions.map((p) => p.signer).filter((s): s is Signer => s !== null);
  if (signers.length) {
    blocks.push({
      kind: 'signature',
      date: formatCourtDay(notes.signedAt, notes.timeZone),
      lead: 'Respectfully submitted,',
      signers,
    });
  }
  return blocks;
}

export function jointLetterDocument(
  packet: EscalationPacket,
  positions: readonly LetterPosition[],
  notes: LetterNotes,
): PaperDocument {
  return {
    title: 'Joint Discovery Letter Brief',
    caption: packetCaption(packet),
    filer: null,
    blocks: letterBlocks(packet, positions, notes),
    footer: null,
  };
}

export function jointLetterPages(
  packet: EscalationPacket,
  positions: readonly LetterPosition[],
  notes: LetterNotes,
): number {
  return pageCount(jointLetterDocument(packet, positions, notes));
}

/**
 * Each privilege log entry in dispute, with its 26(b)(5)(A) description and the requests it withholds
 * from in full, so the court reads the claim beside what was asked.
 */
function disputedLogEntries(packet: EscalationPacket): Block[] {
  return (packet.privilegeLogEntries ?? []).flatMap((entry): Block[] => [
    {
      kind: 'request',
      label: `${entry.producingParty}’s privilege log, entry No. ${entry.number}:`,
      text: [
        `${entry.documentType} of ${formatDay(entry.date)}`,
        `Author: ${entry.author}`,
        `Recipients: ${entry.recipients.length ? entry.recipients.join('; ') : 'none'}`,
        `Subject matter: ${entry.subject}`,
        `Privilege claimed: ${entry.privilege}`,
        entry.batesRange ? `Produced in part, redacted: ${entry.batesRange}` : 'Withheld in full',
      ]
        .map(sentence)
        .join('\n'),
    },
    ...entry.requests.map((request): Block => ({
      kind: 'paragraph',
      indent: true,
      text: `Withheld from ${request}`,
    })),
  ]);
}

/** Each disputed request in full, followed immediately by the response and objections (Civil L.R. 37-2). */
function disputedItems(packet: EscalationPacket): Block[] {
  return [...disputedRequests(packet), ...disputedLogEntries(packet)];
}

function disputedRequests(packet: EscalationPacket): Block[] {
  return packet.items.flatMap((item): Block[] => {
    const objections = item.objections.map((o) => `Objection: ${o}`);
    const response = [...objections, item.response].filter(Boolean).join('\n');
    const blocks: Block[] = [
      { kind: 'request', label: `${item.setTitle}, No. ${item.number}:`, text: item.text },
      { kind: 'request', label: 'Response:', text: response || 'No response was served.' },
    ];
    if (item.unverified) {
      blocks.push({
        kind: 'paragraph',
        italic: true,
        indent: true,
        text: 'This answer was served without the answering party’s verification under oath (FRCP 33(b)(3), (5)).',
      });
    }
    return blocks;
  });
}

/** A request to confer as L.R. 37-1(b) would have it described: asked when, how, and what came of it. */
function requestLine(r: EscalationPacket['requests'][number], timeZone: string): string {
  const times = r.proposedTimes?.length
    ? `, proposing ${r.proposedTimes.map((t) => formatCourtTime(t, timeZone)).join(' or ')}`
    : '';
  const answer = r.answeredAt
    ? ` It was ${requestStatusWords(r.status)} on ${formatCourtDay(r.answeredAt, timeZone)}${r.answeredLate ? ', after the time to answer had run' : ''}.`
    : ` It was ${requestStatusWords(r.status)}${r.answerByOn ? ` by ${formatDay(r.answerByOn)}, the last day the court allows` : ''}.`;
  const noShow = r.noShow
    ? ` ${r.from} recorded that the other side did not attend at ${formatCourtTime(r.noShow.scheduledFor, timeZone)}: ${r.noShow.note} ${standingWords(r.noShow)}`
    : '';
  const history =
    r.counts === false ? ' (Before the court returned the dispute to confer; it no longer counts.)' : '';
  return `${formatCourtTime(r.requestedAt, timeZone)}: ${r.from} asked to confer ${modeWords(r.mode)}${times}, writing: “${r.message}”${answer}${noShow}${history}`;
}

/** A record from before the responses in dispute, or before the court returned the dispute, is shown but marked. */
function historyNote(c: EscalationPacket['conferrals'][number]): string {
  return c.counts === false
    ? ' (Before the responses in dispute or the court’s return to confer; it does not count.)'
    : '';
}

function conferralRecord(packet: EscalationPacket, timeZone: string): Block[] {
  const requests = packet.requests.map((r) => requestLine(r, timeZone));
  const records = packet.conferrals.map((c) => {
    if (c.kind === 'LETTER') {
      // A letter is quoted whole: its words are the conferral (Civil L.R. 37-1(a)).
      return `${formatCourtTime(c.heldAt, timeZone)}: ${c.mode === 'EMAIL' ? 'Email' : 'Letter'} from ${c.from}: “${c.summary}” ${standingWords(c)}${historyNote(c)}`;
    }
    const what = `Conference held ${modeWords(c.mode)}${c.durationMinutes ? `, ${c.durationMinutes} minutes` : ''}, recorded by ${c.from}`;
    const who = c.participants.length ? ` Participants: ${c.participants.join(', ')}.` : '';
    const lead =
      c.kind === 'CONFERENCE' && c.leadCounselParticipated !== null
        ? ` Lead counsel ${c.leadCounselParticipated ? 'took part' : 'did not take part'}.`
        : '';
    const agreed = c.agreed ? ` Agreed: ${c.agreed}` : '';
    const open = c.stillDisputed ? ` Still disputed: ${c.stillDisputed}` : '';
    return `${formatCourtTime(c.heldAt, timeZone)}: ${what}.${who}${lead} ${c.summary}${agreed}${open} ${standingWords(c)}${historyNote(c)}`;
  });
  return [
    { kind: 'paragraph', text: `${packet.conferralBasis.explanation} (${packet.conferralBasis.rule})` },
    ...(packet.conferralBasis.returnedToConferAt
      ? [
          {
            kind: 'paragraph' as const,
            text: `The court returned this dispute to the parties to confer on ${formatCourtDay(packet.conferralBasis.returnedToConferAt, timeZone)}; only what came after counts.`,
          },
        ]
      : []),
    ...(requests.length
      ? [
          { kind: 'heading' as const, text: 'Requests to confer' },
          { kind: 'list' as const, items: requests },
        ]
      : []),
    ...(records.length
      ? [
          { kind: 'heading' as const, text: 'Conferences and letters' },
          { kind: 'list' as const, items: records },
        ]
      : []),
  ];
}

function certifications(packet: EscalationPacket, timeZone: string): Block[] {
  return packet.certifications.flatMap((c): Block[] => [
    { kind: 'heading', text: `Certification of ${c.party}` },
    { kind: 'paragraph', text: c.statement },
    ...(c.stands === false
      ? [
          {
            kind: 'paragraph' as const,
            italic: true,
            text: 'This certification no longer stands: conferral records were added or changed after it was signed, or the court returned the dispute to confer after it (FRCP 37(a)(1)).',
          },
        ]
      : []),
    {
      kind: 'signed',
      date: `Signed ${formatCourtDay(c.signedAt, timeZone)}`,
      lines: [c.signature, c.signedBy],
    },
  ]);
}

/** The whole packet as the court receives it: the joint letter, then the requests, the record of conferral and the certifications. */
export function packetDocument(
  packet: EscalationPacket,
  positions: readonly LetterPosition[],
  notes: LetterNotes,
): PaperDocument {
  return {
    ...jointLetterDocument(packet, positions, notes),
    blocks: [
      ...letterBlocks(packet, positions, notes),
      { kind: 'pageBreak' },
      { kind: 'title', text: 'DISPUTED REQUESTS AND RESPONSES (Civil L.R. 37-2)' },
      ...disputedItems(packet),
      { kind: 'pageBreak' },
      { kind: 'title', text: 'RECORD OF MEETING AND CONFERRING (FRCP 37(a)(1); Civil L.R. 37-1)' },
      ...conferralRecord(packet, notes.timeZone),
      { kind: 'title', text: 'CERTIFICATIONS OF GOOD FAITH (FRCP 37(a)(1))' },
      ...certifications(packet, notes.timeZone),
    ],
  };
}

export function renderPacketPdf(
  packet: EscalationPacket,
  positions: readonly LetterPosition[],
  notes: LetterNotes,
): Promise<Buffer> {
  return renderPaper(packetDocument(packet, positions, notes));
}
