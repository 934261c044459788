import { formatCourtDay, formatCourtTime } from '@parley/papers';
import { modeWords } from '@parley/rules';
import { EscalationPacket, RecordStanding } from './escalation-packet';

/** How the packet says what the API codes: no enum name reaches the court (DOMAIN.md, "Court-ready papers"). */

const STANDING: Record<RecordStanding, string> = {
  CONFIRMED: 'Confirmed by the other side.',
  UNCONFIRMED: 'Not confirmed by the other side.',
  CONTESTED: 'Contested by the other side.',
};

/** Packets fixed before issue 12 kept only the stored confirmation. */
const LEGACY_STANDING: Record<string, RecordStanding> = {
  CONFIRMED: 'CONFIRMED',
  PENDING: 'UNCONFIRMED',
  CONTESTED: 'CONTESTED',
};

const REQUEST_STATUS: Record<string, string> = {
  PENDING: 'not answered',
  ACCEPTED: 'accepted',
  COUNTERED: 'answered with other times',
  DECLINED: 'declined',
};

/** A code the packet has no words for yet still reads as words, never as a code. */
function spoken(words: Record<string, string>, code: string): string {
  return words[code] ?? code.toLowerCase().replaceAll('_', ' ');
}

export { modeWords };
export const requestStatusWords = (status: string) => spoken(REQUEST_STATUS, status);

/** Where a record stands with the side that did not make it: confirmed, unconfirmed or contested (and why). */
export function standingWords(record: {
  kind?: string;
  confirmation?: string;
  standing?: RecordStanding;
  contestReason?: string | null;
}): string {
  if (record.kind === 'LETTER') return 'Delivered through Parley.';
  const standing = record.standing ?? LEGACY_STANDING[record.confirmation ?? ''] ?? 'UNCONFIRMED';
  const words = STANDING[standing];
  return standing === 'CONTESTED' && record.contestReason
    ? `${words.slice(0, -1)}: “${record.contestReason}”`
    : words;
}

type Conferral = EscalationPacket['conferrals'][number];

/** Direct dialogue: face to face, by video or by telephone (N.D. Cal. Civil L.R. 1-5(n)). */
const DIRECT = ['IN_PERSON', 'VIDEO', 'TELEPHONE'];

/**
 * The conference that lets the letter attest that lead counsel met and conferred: by direct dialogue,
 * with lead counsel for both sides, and not contested. Without one the letter says what happened.
 */
export function leadCounselConference(packet: EscalationPacket): Conferral | undefined {
  return [...packet.conferrals]
    .reverse()
    .find(
      (c) =>
        c.kind === 'CONFERENCE' &&
        c.counts !== false &&
        DIRECT.includes(c.mode) &&
        c.leadCounselParticipated === true &&
        (c.standing ?? LEGACY_STANDING[c.confirmation]) !== 'CONTESTED',
    );
}

/** The joint letter's statement of conferral: an attestation only when it is true (Civil L.R. 37-1). */
export function conferralStatement(packet: EscalationPacket, timeZone: string): string {
  const conference = leadCounselConference(packet);
  if (conference) {
    const unconfirmed =
      (conference.standing ?? LEGACY_STANDING[conference.confirmation]) === 'UNCONFIRMED'
        ? ' (the record is not yet confirmed by both sides)'
        : '';
    return `The parties attest that lead counsel for each side met and conferred ${modeWords(conference.mode)} on ${formatCourtTime(conference.heldAt, timeZone)}${unconfirmed}, before this letter was filed (Civil L.R. 37-1(a)).`;
  }
  const basis = packet.conferralBasis;
  if (basis.basis === 'ATTEMPT' && basis.attempt) {
    // Civil L.R. 37-1(b): describe the attempt, and what the other side did.
    const a = basis.attempt;
    const contest = a.contested ? ` The other side disputes this: “${a.contested}”` : '';
    return `The parties did not meet and confer. ${a.by} attempted to confer (FRCP 37(a)(1); Civil L.R. 37-1(b)): it asked to confer, and the other side ${a.otherSide}.${contest}`;
  }
  if (basis.basis === 'CONFERENCE') {
    const held = conferenceOnRecord(packet);
    if (held) return conferenceStatement(held, timeZone);
  }
  if (basis.basis === 'LETTER_EXCHANGE') {
    const exchange = letterExchange(packet, timeZone);
    if (exchange) return exchange;
  }
  const lead =
    basis.basis === 'ATTEMPT'
      ? 'The parties did not meet and confer. The moving party attempted to confer, as Civil L.R. 37-1(b) asks to be described:'
      : basis.basis === 'LETTER_EXCHANGE'
        ? 'The parties conferred by exchanging letters, which this case allows in place of a conference:'
        : 'The parties conferred as follows:';
  return `${lead} ${basis.explanation}`;
}

/** The latest conference that counts toward the gate: the one the letter describes. */
function conferenceOnRecord(packet: EscalationPacket): Conferral | undefined {
  return [...packet.conferrals].reverse().find((c) => c.kind === 'CONFERENCE' && c.counts !== false);
}

/**
 * A conference that cannot be attested as lead counsel's: what was recorded, by whom, and where the
 * record stands with the other side, so the court reads a contest before it reads the record.
 */
function conferenceStatement(conference: Conferral, timeZone: string): string {
  const standing = conference.standing ?? LEGACY_STANDING[conference.confirmation] ?? 'UNCONFIRMED';
  const lead =
    conference.leadCounselParticipated === true
      ? 'with lead counsel for each side taking part'
      : 'without lead counsel for each side taking part (Civil L.R. 37-1(a))';
  const record = `${conference.from} records a conference ${modeWords(conference.mode)} on ${formatCourtTime(conference.heldAt, timeZone)}, ${lead}.`;
  if (standing === 'CONTESTED') {
    const reason = conference.contestReason ? `: “${conference.contestReason}”` : '.';
    return `The parties do not agree that they met and conferred. ${record} The other side contests that record${reason}`;
  }
  return standing === 'UNCONFIRMED'
    ? `${record} The other side has not confirmed that record.`
    : `${record} The other side confirmed that record.`;
}

/**
 * A letter exchange the case accepts as conferral, said as what happened: who wrote first and when,
 * and the other side's answer. The letters themselves follow in the record of conferral.
 */
function letterExchange(packet: EscalationPacket, timeZone: string): string | null {
  const letters = packet.conferrals.filter((c) => c.kind === 'LETTER' && c.counts !== false);
  const [first] = letters;
  const answer = first && letters.find((c) => c.from !== first.from);
  if (!first || !answer) return null;
  return `The parties conferred by exchanging letters, which this case allows in place of a conference: ${first.from} wrote on ${formatCourtDay(first.heldAt, timeZone)}, and ${answer.from} answered on ${formatCourtDay(answer.heldAt, timeZone)}. The letters are set out in the record of conferring after this letter.`;
}
