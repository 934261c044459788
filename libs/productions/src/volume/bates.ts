/**
 * Bates numbers: the producing party's prefix and a zero-padded page number, one per produced page
 * (FRCP 34(b)(2)(E) productions; the numbers are how both sides, the privilege log (26(b)(5)(A)) and a
 * clawback notice (26(b)(5)(B)) point at a page).
 */

/** Digits after the prefix: DEF0000001. Seven covers nearly ten million pages per prefix. */
export const BATES_DIGITS = 7;

/** The last number that fits in BATES_DIGITS digits. */
export const BATES_MAX = 10 ** BATES_DIGITS - 1;

/** A prefix, number or range a person gave or a production needs that cannot be used. */
export class BatesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatesError';
  }
}

// Letters first, so a number can never be read as part of the prefix's start; upper case only, as
// stamped, so two parties' prefixes cannot differ by case alone.
const PREFIX = /^[A-Z][A-Z0-9_-]{1,11}$/;

/** Refuses a prefix that could not be stamped and read back unambiguously. */
export function checkBatesPrefix(prefix: string): void {
  if (PREFIX.test(prefix)) return;
  throw new BatesError(
    `“${prefix}” cannot be a Bates prefix: use 2 to 12 characters, capital letters, digits, “_” or “-”, ` +
      'beginning with a letter (for example DEF or ACME-PROD).',
  );
}

/** PREFIX + the number padded to BATES_DIGITS: formatBates('DEF', 1) is DEF0000001. */
export function formatBates(prefix: string, n: number): string {
  checkBatesNumber(prefix, n);
  return prefix + String(n).padStart(BATES_DIGITS, '0');
}

/** Refuses a number that is not a page number or no longer fits in BATES_DIGITS digits. */
export function checkBatesNumber(prefix: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new BatesError(
      `${n} is not a Bates number: numbering starts at ${prefix}${'1'.padStart(BATES_DIGITS, '0')}.`,
    );
  }
  if (n > BATES_MAX) {
    throw new BatesError(
      `The Bates numbers of prefix ${prefix} end at ${prefix}${BATES_MAX}: this production would need more. ` +
        'Continue under a new prefix.',
    );
  }
}

export interface BatesRange {
  first: number;
  last: number;
}

// A range is written with a hyphen or an en dash, spaces around it allowed: DEF0000003-DEF0000007,
// DEF0000003 – DEF0000007.
const DASH = '\\s*[-\u2013]\\s*';

// Something shaped like a Bates number or range of any prefix: told apart from plain garbage so the
// message can say the prefix is the problem.
const ANY_TOKEN = '[A-Z][A-Z0-9_-]{1,11}?\\d+';
const ANY_PREFIX = new RegExp(`^${ANY_TOKEN}(?:${DASH}${ANY_TOKEN})?$`);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * One Bates number (DEF0000003) or a range (DEF0000003-DEF0000007, with a hyphen or en dash, spaces
 * allowed), in any case, read against the production's prefix.
 */
export function parseBatesRange(text: string, prefix: string): BatesRange {
  checkBatesPrefix(prefix);
  const written = text.trim().toUpperCase();
  const example = `${prefix}${'1'.padStart(BATES_DIGITS, '0')}`;
  if (!written) {
    throw new BatesError(
      `Enter a Bates number such as ${example}, or a range such as ${example}-${prefix}${'10'.padStart(BATES_DIGITS, '0')}.`,
    );
  }
  const p = escape(prefix);
  const match = new RegExp(`^${p}(\\d+)(?:${DASH}${p}(\\d+))?$`).exec(written);
  if (!match) {
    if (ANY_PREFIX.test(written)) {
      throw new BatesError(
        `“${text.trim()}” is not in this numbering: its Bates numbers begin with ${prefix}, like ${example}.`,
      );
    }
    throw new BatesError(
      `“${text.trim()}” is not a Bates number or range: write one like ${example}, or a range like ` +
        `${example}-${prefix}${'10'.padStart(BATES_DIGITS, '0')}.`,
    );
  }
  const [, firstDigits, lastDigits = firstDigits] = match;
  for (const digits of [firstDigits, lastDigits]) {
    if (digits.length !== BATES_DIGITS) {
      throw new BatesError(
        `“${prefix}${digits}” has ${digits.length} digit${digits.length === 1 ? '' : 's'} after the prefix: ` +
          `Bates numbers here have ${BATES_DIGITS}, like ${example}.`,
      );
    }
  }
  const first = Number(firstDigits);
  const last = Number(lastDigits);
  if (first < 1)
    throw new BatesError(`${prefix}${firstDigits} is not a Bates number: numbering starts at ${example}.`);
  if (last < first) {
    throw new BatesError(
      `The range ${prefix}${firstDigits}-${prefix}${lastDigits} ends before it begins: put the lower number first.`,
    );
  }
  return { first, last };
}
