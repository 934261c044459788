import { BadInputError } from '@parley/platform';

/** A paper served "now" may carry a clock a little ahead of ours, or be recorded a little later. */
const SLACK_MS = 5 * 60_000;

/**
 * When a paper was served: the time given, or now. Never in the future; and electronic service
 * through Parley is made when it is recorded (FRCP 5(b)(2)(E)), so it has no earlier moment.
 */
export function serviceInstant(method: string, servedAt: Date | null | undefined, now: Date): Date {
  const at = servedAt ?? now;
  if (at.getTime() > now.getTime() + SLACK_MS) {
    throw new BadInputError('servedAt is in the future; record service when it has been made.');
  }
  if (method === 'ELECTRONIC' && at.getTime() < now.getTime() - SLACK_MS) {
    throw new BadInputError(
      'Electronic service through Parley is made when you record it; leave servedAt out, or give the time a paper served another way was actually served.',
    );
  }
  return at;
}
