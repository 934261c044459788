import { Injectable } from '@nestjs/common';
import { lockForTransaction, Outbox, PayloadOf, queryRows } from '@parley/platform';
import { EntityManager, QueryRunner } from 'typeorm';
import { GENESIS_HASH, hashEvent } from '../audit-chain';
import { AuditEventEntity } from '../audit-event.entity';
import { EventDefinition } from './event-definition';
import { NotifyEventJob } from './notify-event.job';

export interface Publication<Data extends object> {
  /** The case it happened in; a court's own events have none. */
  caseId: string | null;
  actorId: string | null;
  subjectId: string | null;
  data: Data;
  before?: Record<string, unknown> | null;
  /** For a party-audience event: the party whose private work it is. */
  partyId?: string;
  /** For a court-audience event. */
  courtId?: string;
  /** Who hears of it: members of these parties, and/or this court's staff, but not these users. */
  notify?: { parties?: readonly string[]; court?: string; exceptUsers?: readonly string[] };
}

interface ChainHead {
  seq: number;
  hash: string;
}

// The head of each chain a transaction has appended to. Its lock is held until the transaction ends,
// so no one else can move that head meanwhile: a second event on the same chain in one transaction
// (serving a set writes the deadline's and the service's) need not take the lock and read the head
// again. Keyed by the transaction's query runner, which TypeORM makes anew for each transaction.
const headsByTransaction = new WeakMap<QueryRunner, Map<string, ChainHead>>();

/**
 * The one way a change is recorded and announced: the audit link goes to the chain of the event's
 * audience, and a notice job (ids only) to the outbox, both in the caller's transaction, so they exist
 * exactly when the change does. A notice can never reach beyond the audience.
 */
@Injectable()
export class DomainEvents {
  constructor(private readonly outbox: Outbox) {}

  async publish<Data extends object>(
    manager: EntityManager,
    event: EventDefinition<Data>,
    publication: Publication<Data>,
  ): Promise<AuditEventEntity> {
    const owner = this.chainOwner(event, publication);
    const parties = [...new Set(publication.notify?.parties ?? [])];
    if (event.audience === 'party' && parties.some((p) => p !== publication.partyId)) {
      throw new Error(`${event.action} is private to one party; it cannot notify another`);
    }
    if (event.audience === 'court' && parties.length > 0) {
      throw new Error(`${event.action} belongs to a court; it cannot notify the parties of a case`);
    }
    const court = publication.notify?.court ?? null;
    const notice =
      (parties.length > 0 && event.notice) || (court && event.courtNotice)
        ? { parties, courtId: court, exceptUserIds: [...(publication.notify?.exceptUsers ?? [])] }
        : null;
    return this.append(manager, event, publication, owner, notice);
  }

  private chainOwner(event: EventDefinition<object>, p: Publication<object>) {
    switch (event.audience) {
      case 'case':
        if (!p.caseId) throw new Error(`${event.action} needs its case`);
        // The case's chain keeps the lock key it had before private chains, so a server of the previous
        // release still running during a deploy takes turns with this one.
        return { caseId: p.caseId, partyId: null, courtId: null, key: p.caseId };
      case 'party':
        if (!p.caseId || !p.partyId) throw new Error(`${event.action} needs its case and party`);
        return { caseId: p.caseId, partyId: p.partyId, courtId: null, key: `party:${p.partyId}` };
      case 'court':
        if (!p.courtId) throw new Error(`${event.action} needs its court`);
        return { caseId: null, partyId: null, courtId: p.courtId, key: `court:${p.courtId}` };
    }
  }

  /** The per-chain lock makes concurrent writers take turns instead of forking the chain. */
  private async append(
    manager: EntityManager,
    event: EventDefinition<object>,
    publication: Publication<object>,
    owner: ReturnType<DomainEvents['chainOwner']>,
    notice: Omit<PayloadOf<typeof NotifyEventJob>, 'eventId'> | null,
  ): Promise<AuditEventEntity> {
    const heads = manager.queryRunner?.isTransactionActive
      ? (headsByTransaction.get(manager.queryRunner) ??
        headsByTransaction.set(manager.queryRunner, new Map()).get(manager.queryRunner))
      : undefined;
    let last: ChainHead | null | undefined = heads?.get(owner.key);
    if (!last) {
      await lockForTransaction(manager, `audit:${owner.key}`);
      // The chain's owner is the first of party, court and case a row names: this matches the unique
      // index on (COALESCE(party_id, court_id, case_id), seq), so finding the last link reads one entry.
      const [head] = await queryRows<ChainHead>(
        manager,
        `SELECT seq, hash FROM ${manager.connection.getMetadata(AuditEventEntity).tablePath}
          WHERE COALESCE(party_id, court_id, case_id) = $1 ORDER BY seq DESC LIMIT 1`,
        [owner.partyId ?? owner.courtId ?? owner.caseId],
      );
      last = head ?? null;
    }
    const fields = {
      caseId: owner.caseId,
      partyId: owner.partyId,
      courtId: owner.courtId,
      seq: (last?.seq ?? 0) + 1,
      // Millisecond precision so the stored timestamp hashes the same when read back.
      occurredAt: new Date(Date.now()),
      actorId: publication.actorId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: publication.subjectId,
      before: publication.before ?? null,
      after: publication.data as Record<string, unknown>,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const row = { ...fields, hash: hashEvent(fields) };
    // The link and its notice job in one statement: a round trip costs more than either insert, and
    // every change a user makes publishes an event or two.
    const message = notice
      ? `, message AS (${this.outbox.messagesFrom(
          manager,
          NotifyEventJob,
          `SELECT jsonb_build_object('eventId', id) || $14::jsonb AS payload FROM link`,
        )})`
      : '';
    const [inserted] = await queryRows<{ id: string }>(
      manager,
      `WITH link AS (
         INSERT INTO ${manager.connection.getMetadata(AuditEventEntity).tablePath}
           (case_id, party_id, court_id, seq, occurred_at, actor_id, action, subject_type, subject_id,
            before, after, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id)${message}
       SELECT id${notice ? `, ${this.outbox.wakeSql('message')}` : ''} FROM link`,
      [
        row.caseId,
        row.partyId,
        row.courtId,
        row.seq,
        row.occurredAt,
        row.actorId,
        row.action,
        row.subjectType,
        row.subjectId,
        row.before === null ? null : JSON.stringify(row.before),
        JSON.stringify(row.after),
        row.prevHash,
        row.hash,
        ...(notice ? [JSON.stringify(notice)] : []),
      ],
    );
    heads?.set(owner.key, { seq: row.seq, hash: row.hash });
    return manager.create(AuditEventEntity, { ...row, id: inserted.id });
  }
}
