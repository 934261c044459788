import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_PAGE_SIZE, decodeCursor, lockForTransaction, Page, toPage } from '@parley/platform';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { ChainVerification, GENESIS_HASH, hashEvent, verifyChain } from './audit-chain';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventModel, toAuditEventModel } from './audit-event.model';

export interface AuditEntry {
  caseId: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends to the case's chain inside the caller's transaction, so the event exists exactly when the
   * change does. The per-case lock makes concurrent writers take turns instead of forking the chain.
   */
  async append(manager: EntityManager, entry: AuditEntry): Promise<AuditEventEntity> {
    await lockForTransaction(manager, `audit:${entry.caseId}`);
    const last = await manager.findOne(AuditEventEntity, {
      where: { caseId: entry.caseId },
      order: { seq: 'DESC' },
      select: { seq: true, hash: true },
    });
    const fields = {
      caseId: entry.caseId,
      seq: (last?.seq ?? 0) + 1,
      // Millisecond precision so the stored timestamp hashes the same when read back.
      occurredAt: new Date(Date.now()),
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    return manager.save(manager.create(AuditEventEntity, { ...fields, hash: hashEvent(fields) }));
  }

  async page(caseId: string, first = DEFAULT_PAGE_SIZE, after?: string): Promise<Page<AuditEventModel>> {
    const afterSeq = after ? Number(decodeCursor(after, ['int'])[0]) : 0;
    const rows = await this.dataSource.getRepository(AuditEventEntity).find({
      where: { caseId, seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
      take: first + 1,
    });
    return toPage(rows, first, (e) => [e.seq], toAuditEventModel);
  }

  async verify(caseId: string): Promise<ChainVerification> {
    const events = await this.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { caseId }, order: { seq: 'ASC' } });
    return verifyChain(events);
  }
}
