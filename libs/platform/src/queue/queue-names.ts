/** Every BullMQ queue Parley uses; nothing names a queue any other way. */
export enum QueueName {
  Notifications = 'notifications',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
