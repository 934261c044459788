/** Every BullMQ queue Parley uses; nothing names a queue any other way. */
export enum QueueName {
  /** Fan-out of notices to in-app, email and webhook deliveries. */
  Notifications = 'notifications',
  /** Deadline reminders, passing events and the sweeper that repairs them. */
  Deadlines = 'deadlines',
  /** Outgoing email and webhook calls: slow and failing outside, kept apart from the rest. */
  Deliveries = 'deliveries',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
