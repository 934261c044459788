import { AuditEventEntity } from './audit-event.entity';

export * from './audit-chain';
export * from './audit-event.entity';
export * from './audit-event.model';
export * from './audit.module';
export * from './audit.service';

export const AUDIT_ENTITIES = [AuditEventEntity];
