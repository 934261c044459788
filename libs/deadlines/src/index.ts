import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { DeadlineEntity } from './deadline.entity';
import { DeadlineNoticeEntity } from './notices/deadline-notice.entity';

export * from './court-calendar/court-calendar-capabilities';
export * from './court-calendar/deadline-followers';
export * from './deadline-basis';
export * from './deadline-calculator';
export * from './deadline-capabilities';
export * from './deadline-enums';
export * from './deadline-events';
export * from './deadline.model';
export * from './deadlines-jobs.module';
export * from './deadlines.module';
export * from './jobs/deadline-notice.handler';
export * from './jobs/deadline-passed';
export * from './jobs/deadline-sweeper';
export * from './deadlines.service';

/** For the schema project's DataSource only. */
export const DEADLINES_ENTITIES = [DeadlineEntity, DeadlineNoticeEntity, CalendarFeedEntity];
