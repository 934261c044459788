import { DeadlineEntity } from './deadline.entity';

export * from './deadline-calculator';
export * from './deadline-enums';
export * from './deadline.entity';
export * from './deadline.model';
export * from './deadlines.module';
export * from './deadlines.service';

export const DEADLINES_ENTITIES = [DeadlineEntity];
