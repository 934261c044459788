import { createEvents, EventAttributes } from 'ics';

/** One all-day event of a feed; title and description are user text, as typed. */
export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  /** The day, YYYY-MM-DD. */
  day: string;
  cancelled: boolean;
}

const CALENDAR = { productId: 'parley/deadlines', calName: 'Parley deadlines' };
const MAX_OCTETS = 75; // RFC 5545 3.1, without the CRLF

// ics 3.12 escapes backslash, semicolon, comma and \r?\n itself (RFC 5545 3.3.11), but leaves a bare
// CR, which many readers take for a line end: "x\rATTENDEE:evil" would become a property of its own.
// CR and CRLF become LF (escaped by ics as \n); other control characters are not allowed in TEXT and
// are dropped. HTAB stays: TEXT allows it (TSAFE-CHAR includes WSP).
const CONTROL = /[^\P{Cc}\t\n]/gu; // C0, DEL and C1, but for HTAB and LF

export function icsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

const dateParts = (day: string): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
};
const nextDay = (day: string): [number, number, number] => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
};

/** One content line folded at 75 UTF-8 octets, between characters, never inside one. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > limit) {
      parts.push(part);
      [part, octets, limit] = ['', 0, MAX_OCTETS - 1]; // the continuation's leading space counts
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/**
 * Refolds ics's output by octets: ics folds at 75 characters, so a line of accented or CJK text can
 * run to 300 octets. Once text holds no CR or LF of its own (icsText), every CRLF in the output is
 * ics's, so unfolding (CRLF and one space or tab) is exact.
 */
export function foldIcs(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

export function icsCalendar(events: CalendarEvent[]): string {
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: e.uid,
    title: icsText(e.title),
    description: icsText(e.description),
    start: dateParts(e.day),
    end: nextDay(e.day),
    status: e.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...CALENDAR,
  }));
  const { error, value } = createEvents(attributes, CALENDAR);
  if (error || value === null || value === undefined)
    throw error ?? new Error('Could not build the calendar');
  return foldIcs(value);
}
