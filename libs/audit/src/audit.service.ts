import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_PAGE_SIZE, decodeCursor, Page, toPage } from '@parley/platform';
import { DataSource, IsNull } from 'typeorm';
import { AuditReader, isVisibleToReader, visibleToReader } from './audit-reader';
import { ChainVerification, verifyChain } from './audit-chain';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventModel, AuditVerificationModel, toAuditEventModel } from './audit-event.model';

/**
 * Reading a case's audit trail as one reader may: the case's chain, which every party sees, and the
 * private chains of the parties the reader represents, and nothing of anyone else's private work,
 * not even how much of it there is.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    caseId: string,
    reader: AuditReader,
    first = DEFAULT_PAGE_SIZE,
    after?: string,
  ): Promise<Page<AuditEventModel>> {
    const trail = (alias: string) =>
      this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder(alias)
        .where(`${alias}.case_id = :caseId AND ${alias}.court_id IS NULL`, { caseId })
        .andWhere(visibleToReader(alias, reader));
    const query = trail('e')
      .orderBy('e.position', 'ASC')
      .take(first + 1);
    if (after) {
      // The cursor names the last event seen, never its position: positions count every chain's
      // writes, so their gaps would say how much private work other parties did in between.
      const [afterId] = decodeCursor(after, ['uuid']);
      const from = trail('page_after').select('page_after.position').andWhere('page_after.id = :afterId');
      query
        .andWhere(`e.position > (${from.getQuery()})`)
        .setParameters({ ...from.getParameters(), afterId: String(afterId).toLowerCase() });
    }
    const rows = await query.getMany();
    return toPage(rows, first, (e) => [e.id], toAuditEventModel);
  }

  /** Verifies the case's chain and each of the reader's parties' chains, each on its own. */
  async verify(caseId: string, reader: AuditReader): Promise<AuditVerificationModel> {
    const repository = this.dataSource.getRepository(AuditEventEntity);
    const caseEvents = await repository.find({
      where: { caseId, partyId: IsNull(), courtId: IsNull() },
      order: { seq: 'ASC' },
    });
    // The whole chain is verified, but the count covers only what this reader may see of it.
    const caseChain = {
      ...verifyChain(caseEvents),
      eventCount: caseEvents.filter((e) => isVisibleToReader(e, reader)).length,
    };
    const chains: Array<ChainVerification & { partyId: string | null }> = [{ ...caseChain, partyId: null }];
    for (const partyId of [...new Set(reader.partyIds)].sort()) {
      const events = await repository.find({ where: { caseId, partyId }, order: { seq: 'ASC' } });
      chains.push({ ...verifyChain(events), partyId });
    }
    return {
      valid: chains.every((c) => c.valid),
      eventCount: chains.reduce((n, c) => n + c.eventCount, 0),
      brokenAt: chains.find((c) => !c.valid)?.brokenAt ?? null,
      chains,
    };
  }
}
