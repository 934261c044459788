/**
 * Longest text Parley accepts per kind of field. Enforced on every input with class-validator, so
 * an over-long value is refused with a clear message before anything is stored.
 */
export const TextLimit = {
  NAME: 200,
  EMAIL: 254,
  PASSWORD: 256,
  TITLE: 500,
  DOCKET_NUMBER: 100,
  ID: 64,
  TOKEN: 200,
  /** A postal address, several lines. */
  ADDRESS: 500,
  TELEPHONE: 40,
  SHORT_TEXT: 2_000,
  LONG_TEXT: 50_000,
} as const;
