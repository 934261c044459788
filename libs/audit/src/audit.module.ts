import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';
import { DomainEvents } from './events/domain-events';
import { EventReader } from './events/event-reader';

/** The audit chains: written only through DomainEvents, read per reader through AuditService. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditService, DomainEvents, EventReader],
  exports: [AuditService, DomainEvents, EventReader],
})
export class AuditModule {}
