import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_PAGE_SIZE, decodeCursor, Page, toPage } from '@parley/platform';
import { Brackets, DataSource, IsNull } from 'typeorm';
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
    myParties: readonly string[],
    first = DEFAULT_PAGE_SIZE,
    after?: string,
  ): Promise<Page<AuditEventModel>> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.case_id = :caseId AND e.court_id IS NULL', { caseId })
      .andWhere(
        new Brackets((visible) =>
          visible
            .where('e.party_id IS NULL')
            .orWhere('e.party_id = ANY(:myParties)', { myParties: [...myParties] }),
        ),
      )
      .orderBy('e.position', 'ASC')
      .take(first + 1);
    if (after) query.andWhere('e.position > :after', { after: decodeCursor(after, ['int'])[0] });
    const rows = await query.getMany();
    return toPage(rows, first, (e) => [Number(e.position)], toAuditEventModel);
  }

  /** Verifies the case's chain and each of the reader's parties' chains, each on its own. */
  async verify(caseId: string, myParties: readonly string[]): Promise<AuditVerificationModel> {
    const repository = this.dataSource.getRepository(AuditEventEntity);
    const caseChain = verifyChain(
      await repository.find({
        where: { caseId, partyId: IsNull(), courtId: IsNull() },
        order: { seq: 'ASC' },
      }),
    );
    const chains: Array<ChainVerification & { partyId: string | null }> = [{ ...caseChain, partyId: null }];
    for (const partyId of [...new Set(myParties)].sort()) {
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
