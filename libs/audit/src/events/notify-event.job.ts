import { defineJob, QueueName } from '@parley/platform';

/**
 * Tells the members of some parties of a case, or a court's staff, about an event. Ids only: the text
 * is composed from the event's audit link when the notice is delivered, and recipients are the
 * parties' members at that time, so a notice only ever reaches people who can see the event.
 */
export const NotifyEventJob = defineJob<{
  eventId: string;
  parties: string[];
  courtId: string | null;
  /** Users not to tell (the one who just joined, say); omitted in jobs queued before it existed. */
  exceptUserIds?: string[];
}>('NotifyEventJob', QueueName.Notifications);
