import { NotificationEntity } from './notification.entity';

export * from './notification-kind';
export * from './notification.entity';
export * from './notification.model';
export * from './notifications.module';
export * from './notifications.service';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity];
