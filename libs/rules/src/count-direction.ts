import { DeadlineInputError } from './deadline-input.error';

/**
 * AFTER: a period counted forward from an event ("within 30 days after being served").
 * BEFORE: a period counted backward from an event ("at least 14 days before the hearing"), for which
 * FRCP 6(a)(5) makes the "next day" the day before.
 */
export type CountDirection = 'AFTER' | 'BEFORE';

export function assertDirection(direction: unknown): asserts direction is CountDirection {
  if (direction !== 'AFTER' && direction !== 'BEFORE') {
    throw new DeadlineInputError(
      `direction must be AFTER or BEFORE; got ${JSON.stringify(direction) ?? 'nothing'}.`,
    );
  }
}
