import { Injectable } from '@nestjs/common';
import { queryRows } from '@parley/platform';
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
  /** The events, in the ids' order; null for an id with no event. */
  async getEach(manager: EntityManager, ids: readonly string[]): Promise<Array<PublishedEvent | null>> {
    // Plain SQL: a notice job runs this for every event, and an entity's hydration cost more than the
    // read. One text whatever the number of ids, prepared once per connection.
    const rows = await queryRows<PublishedEvent>(
      manager,
      `SELECT id, action, case_id AS "caseId", party_id AS "partyId", court_id AS "courtId",
              actor_id AS "actorId", subject_id AS "subjectId", COALESCE(after, '{}'::jsonb) AS data
         FROM ${manager.connection.getMetadata(AuditEventEntity).tablePath} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
