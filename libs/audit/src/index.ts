import { AuditEventEntity } from './audit-event.entity';

export * from './audit-chain';
export * from './audit-event.model';
export * from './audit-reader';
export * from './audit.module';
export * from './audit.service';
export * from './events/domain-events';
export * from './events/event-definition';
export * from './events/event-reader';
export * from './events/notify-event.job';

export const AUDIT_ENTITIES = [AuditEventEntity];
