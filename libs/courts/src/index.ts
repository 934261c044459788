import { CourtHolidayEntity } from './court-holiday.entity';
import { CourtEntity } from './court.entity';

export * from './court-holiday-kind';
export * from './court-holiday.entity';
export * from './court.entity';
export * from './court.loader';
export * from './court.model';
export * from './courts.module';
export * from './courts.service';

export const COURTS_ENTITIES = [CourtEntity, CourtHolidayEntity];
