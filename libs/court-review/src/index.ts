import { EscalationEntity } from './escalations/escalation.entity';
import { PositionEntity } from './escalations/position.entity';
import { RulingEntity } from './rulings/ruling.entity';

export * from './court-review-enums';
export * from './court-review.module';
export * from './escalations/escalation.entity';
export * from './escalations/escalation.model';

export const COURT_REVIEW_ENTITIES = [EscalationEntity, PositionEntity, RulingEntity];
