import { formatCourtTime } from '@parley/papers';
import { EscalationPacket } from './escalation-packet';

/** How the packet says what the API codes: no enum name reaches the court (DOMAIN.md, "Court-ready papers"). */

const MODE: Record<string, string> = {
  IN_PERSON: 'in person',
  VIDEO: 'by video',
  TELEPHONE: 'by telephone',
  LETTER: 'by letter',
  EMAIL: 'by email',
};

const CONFIRMATION: Record<string, string> = {
  CONFIRMED: 'Confirmed by the other side.',
  PENDING: 'Not confirmed by the other side.',
  CONTESTED: 'Contested by the other side.',
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

export const modeWords = (mode: string) => spoken(MODE, mode);
export const requestStatusWords = (status: string) => spoken(REQUEST_STATUS, status);

/** A conference's or letter's record status, as the court should weigh it. */
export function confirmationWords(record: {
  kind: string;
  confirmation: string;
  contestReason?: string | null;
}) {
  if (record.kind === 'LETTER') return 'Delivered through Parley.';
  const words = spoken(CONFIRMATION, record.confirmation);
  return record.confirmation === 'CONTESTED' && record.contestReason
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
        DIRECT.includes(c.mode) &&
        c.leadCounselParticipated === true &&
        c.confirmation !== 'CONTESTED',
    );
}

/** The joint letter's statement of conferral: an attestation only when it is true (Civil L.R. 37-1). */
export function conferralStatement(packet: EscalationPacket, timeZone: string): string {
  const conference = leadCounselConference(packet);
  if (conference) {
    const unconfirmed =
      conference.confirmation === 'PENDING' ? ' (the record is not yet confirmed by both sides)' : '';
    return `The parties attest that lead counsel for each side met and conferred ${modeWords(conference.mode)} on ${formatCourtTime(conference.heldAt, timeZone)}${unconfirmed}, before this letter was filed (Civil L.R. 37-1(a)).`;
  }
  const basis = packet.conferralBasis;
  const lead =
    basis.basis === 'ATTEMPT'
      ? 'The parties did not meet and confer. The moving party attempted to confer, as Civil L.R. 37-1(b) asks to be described:'
      : basis.basis === 'LETTER_EXCHANGE'
        ? 'The parties conferred by exchanging letters, which this case allows in place of a conference:'
        : 'Lead counsel for each side did not both take part in an uncontested conference by direct dialogue; the parties conferred as follows:';
  return `${lead} ${basis.explanation}`;
}
