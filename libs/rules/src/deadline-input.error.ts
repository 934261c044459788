/**
 * Bad input to the time-counting rules: a date that is not a real calendar day, a period out of range,
 * an unknown time zone or service method, or a combination the rules do not allow. The message says
 * what was wrong in plain English, so callers can hand it to the user as it is.
 */
export class DeadlineInputError extends Error {
  override readonly name = 'DeadlineInputError';
}
