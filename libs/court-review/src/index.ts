import { EscalationEntity } from './escalations/escalation.entity';
import { PositionEntity } from './escalations/position.entity';
import { PaperFilingEntity } from './intake/paper-filing.entity';
import { RulingEntity } from './rulings/ruling.entity';

export * from './court-review-capabilities';
export * from './court-review-enums';
export * from './court-review-events';
export * from './court-review.module';
export * from './escalations/escalation.model';

/** For the schema project's DataSource only. */
export const COURT_REVIEW_ENTITIES = [EscalationEntity, PositionEntity, RulingEntity, PaperFilingEntity];
