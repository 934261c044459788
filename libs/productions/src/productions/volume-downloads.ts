import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DocumentStorage } from '@parley/documents';
import { ConflictError, Grant } from '@parley/platform';
import { DataSource } from 'typeorm';
import { clawbackModel, ClawbackRow, CLAWBACKS_OF_PRODUCTION } from '../clawbacks/clawback-reads';
import { ProductionStatus } from '../production-enums';
import { ProductionEntity } from './production.entity';

/** The volume as served, streamed from the document storage. */
@Injectable()
export class VolumeDownloads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: DocumentStorage,
  ) {}

  /** grant: production.download. */
  async open(
    grant: Grant<'producing' | 'receiving'>,
  ): Promise<{ volume: string; size: string; sha256: string; stream: Readable }> {
    const production = await this.dataSource.manager.findOneByOrFail(ProductionEntity, {
      id: grant.subject.id,
    });
    if (production.status !== ProductionStatus.SERVED || !production.volumeKey) {
      throw new ConflictError('This production is a draft: its volume is made when it is served.');
    }
    // FRCP 26(b)(5)(B): once notified, the receiving side must not use or disclose clawed-back pages,
    // so Parley stops handing out the volume that holds them; the producing party keeps its copy and
    // may produce the rest again (a reproduction keeps its numbers).
    const producing = grant.myPartyIds.includes(production.producingPartyId);
    if (!producing) {
      const rows: ClawbackRow[] = await this.dataSource.query(
        `SELECT c.* FROM productions pr, LATERAL (${CLAWBACKS_OF_PRODUCTION}) c
          WHERE pr.id = $1 AND c.withdrawn_at IS NULL ORDER BY c.first_bates`,
        [production.id],
      );
      if (rows.length > 0) {
        const ranges = rows.map((r) => clawbackModel(r).batesRange).join(', ');
        throw new ConflictError(
          `${ranges} of this volume ${rows.length === 1 ? 'was' : 'were'} clawed back as privileged (FRCP 26(b)(5)(B)), so the volume is no longer handed out; ask the producing party to produce the rest again.`,
        );
      }
    }
    return {
      volume: production.volume as string,
      size: String(production.volumeSize),
      sha256: production.volumeSha256 as string,
      stream: await this.storage.open(production.volumeKey),
    };
  }
}
