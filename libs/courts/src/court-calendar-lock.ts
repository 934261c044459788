import { lockForTransaction, shareLockForTransaction } from '@parley/platform';
import { EntityManager } from 'typeorm';

const key = (courtId: string) => `court-calendar:${courtId}`;

/**
 * A change to a court's calendar holds it alone; a computation whose result is stored holds it shared.
 * So a deadline is never saved from a calendar that changed meanwhile, and a change never misses a
 * deadline saved while it ran: whichever comes second waits for the first to commit.
 */
export function holdCourtCalendar(manager: EntityManager, courtId: string): Promise<void> {
  return lockForTransaction(manager, key(courtId));
}

export function shareCourtCalendar(manager: EntityManager, courtId: string): Promise<void> {
  return shareLockForTransaction(manager, key(courtId));
}
