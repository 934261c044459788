import { CalendarEvent, foldIcs, icsCalendar } from './ics-calendar';

// A reader of our own, written from RFC 5545 rather than from the code under test.

/** Physical lines as bytes: each must fit 75 octets and be valid UTF-8 on its own (3.1). */
function physicalLines(ics: string): Buffer[] {
  const bytes = Buffer.from(ics, 'utf8');
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf('\r\n', 0); i >= 0; i = bytes.indexOf('\r\n', start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 2;
  }
  expect(start).toBe(bytes.length); // the last line ends with CRLF too
  return lines;
}

/** Content lines: unfolded (a CRLF and one space or tab removed), then split at CRLF. */
const contentLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);

/** 3.3.11 TEXT back to text; throws on an unescaped ; or , or an unknown escape. */
function unescapeText(value: string): string {
  let text = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === ';' || char === ',') throw new Error(`unescaped ${char} in ${value}`);
    if (char !== '\\') text += char;
    else {
      const next = value[++i];
      if (!'\\;,nN'.includes(next)) throw new Error(`bad escape \\${next} in ${value}`);
      text += next === 'n' || next === 'N' ? '\n' : next;
    }
  }
  return text;
}

interface Parsed {
  name: string;
  value: string;
}
const parse = (line: string): Parsed => {
  const match = /^([A-Z][A-Z0-9-]*)(?:;[^:]*)?:(.*)$/.exec(line);
  if (!match) throw new Error(`not a content line: ${JSON.stringify(line)}`);
  return { name: match[1], value: match[2] };
};

const ALLOWED = new Set([
  ...['BEGIN', 'END', 'VERSION', 'CALSCALE', 'PRODID', 'METHOD', 'X-WR-CALNAME', 'X-PUBLISHED-TTL'],
  ...['UID', 'SUMMARY', 'DTSTAMP', 'DTSTART', 'DTEND', 'DESCRIPTION', 'STATUS'],
]);

const LONG = Array.from('Réponses 中文 «𝄞» 😀 — '.repeat(20)).slice(0, 300).join('');

const texts: Array<[string, string]> = [
  ['a bare CR before a property', 'x\rATTENDEE:evil'],
  ['a bare LF before a property', 'x\nATTENDEE:mailto:evil@example.org'],
  ['a CRLF before a property with parameters', 'x\r\nATTENDEE;CN=Evil:mailto:evil@example.org'],
  ['a forged event', 'ok\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged\rDTSTART:20260101'],
  ['CRs in a row and a lone CR at the end', 'a\r\rb\r'],
  ['commas, semicolons and backslashes', 'Smith, J.; Doe \\ Roe; C:\\path\\n is not a newline\\,'],
  ['a 300-character line of multi-byte text', LONG],
];

const event = (uid: string, title: string, description: string): CalendarEvent => ({
  uid,
  title,
  description,
  day: '2026-06-04',
  cancelled: false,
});

describe('the ICS feed', () => {
  const events = texts.map(([, text], i) =>
    event(`deadline-${i}@parley`, text, `Status: OPEN\n${text}\r\n${text}`),
  );
  const ics = icsCalendar(events);

  it('uses CRLF for every line end and nothing else', () => {
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it('keeps every physical line within 75 octets and never splits a character', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const lines = physicalLines(ics);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
    }
    // The long text really was folded, over many lines.
    expect(lines.filter((l) => l[0] === 0x20).length).toBeGreaterThan(10);
  });

  it('lets no text become a property or an event of its own', () => {
    const parsed = contentLines(ics).map(parse);
    expect(parsed.filter((p) => !ALLOWED.has(p.name))).toEqual([]);
    expect(parsed.filter((p) => p.name === 'BEGIN' && p.value === 'VEVENT')).toHaveLength(events.length);
    expect(parsed.filter((p) => p.name === 'SUMMARY')).toHaveLength(events.length);
    expect(contentLines(ics).some((l) => /^ATTENDEE/i.test(l))).toBe(false);
  });

  it.each(texts)('gives back %s as typed, CR and CRLF read as a new line', (_, text) => {
    const i = texts.findIndex(([, t]) => t === text);
    const lines = contentLines(ics).map(parse);
    const begin = lines.findIndex((p) => p.name === 'UID' && p.value === `deadline-${i}@parley`);
    const own = lines.slice(
      begin,
      lines.findIndex((p, j) => j > begin && p.name === 'END'),
    );
    const value = (name: string) => unescapeText(own.find((p) => p.name === name)!.value);
    const normalised = text.replace(/\r\n?/g, '\n');
    expect(value('SUMMARY')).toBe(normalised);
    expect(value('DESCRIPTION')).toBe(`Status: OPEN\n${normalised}\n${normalised}`);
  });

  it('drops control characters other than tab and new line', () => {
    const [summary] = contentLines(
      icsCalendar([event('u@parley', 'a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\u000bh\u000ci', '')]),
    )
      .map(parse)
      .filter((p) => p.name === 'SUMMARY');
    expect(unescapeText(summary.value)).toBe('abcdef\tghi');
  });

  it('folds at exactly 75 octets, before a character that would cross it', () => {
    const fits = `SUMMARY:${'a'.repeat(67)}`; // 75 octets
    expect(foldIcs(`${fits}\r\n`)).toBe(`${fits}\r\n`);
    expect(foldIcs(`${fits}b\r\n`)).toBe(`${fits}\r\n b\r\n`);
    const euro = `SUMMARY:${'a'.repeat(66)}€`; // 74 + 3 octets: € must move whole
    expect(foldIcs(`${euro}\r\n`)).toBe(`SUMMARY:${'a'.repeat(66)}\r\n €\r\n`);
    // A continuation holds 74 octets after its space.
    const long = `SUMMARY:${'a'.repeat(67)}${'b'.repeat(74)}c`;
    expect(foldIcs(`${long}\r\n`)).toBe(`${fits}\r\n ${'b'.repeat(74)}\r\n c\r\n`);
  });
});
