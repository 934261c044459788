import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEventEntity } from '../audit-event.entity';

/** An event as a notice needs it: what happened, where, by whom, and its data. */
export interface PublishedEvent {
  id: string;
  action: string;
  caseId: string | null;
  partyId: string | null;
  courtId: string | null;
  actorId: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
}

/** Reads a published event back for delivering its notices. */
@Injectable()
export class EventReader {
  async get(manager: EntityManager, id: string): Promise<PublishedEvent | null> {
    const row = await manager.findOneBy(AuditEventEntity, { id });
    if (!row) return null;
    const { action, caseId, partyId, courtId, actorId, subjectId } = row;
    return { id, action, caseId, partyId, courtId, actorId, subjectId, data: row.after ?? {} };
  }
}
