import { CourtHolidayEntity } from './court-holiday.entity';
import { CourtEntity } from './court.entity';

export * from './court-calendar.store';
export * from './court-holiday-kind';
export * from './court.loader';
export * from './court.model';
export * from './courts.module';
export * from './courts.service';

/** For the schema project's DataSource only. */
export const COURTS_ENTITIES = [CourtEntity, CourtHolidayEntity];
