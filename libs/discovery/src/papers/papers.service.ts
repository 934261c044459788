import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { ConflictError, Grant } from '@parley/platform';
import { DataSource } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { DiscoveryItemEntity } from '../sets/discovery-item.entity';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';
import { renderPaperPdf } from './paper-pdf';
import { captionOf, hashPaper } from './served-paper';
import { setPaper } from './set-paper';

/** Printable papers for service by mail, rebuilt from the stored paper and checked against its hash. */
@Injectable()
export class PapersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly users: UsersService,
    private readonly courts: CourtsService,
  ) {}

  /** grant: set.read. */
  async setPaperPdf(grant: Grant): Promise<{ filename: string; pdf: Buffer }> {
    const manager = this.dataSource.manager;
    const set = await manager.findOneByOrFail(DiscoverySetEntity, { id: grant.subject.id });
    if (
      set.status === SetStatus.DRAFT ||
      !set.servedAt ||
      !set.servedOn ||
      !set.serviceMethod ||
      !set.signature
    ) {
      throw new ConflictError('This set has not been served yet; its paper is printed once it is served.');
    }
    const [items, theCase, parties, signer] = await Promise.all([
      manager.find(DiscoveryItemEntity, { where: { setId: set.id }, order: { number: 'ASC' } }),
      this.directory.getCase(set.caseId),
      this.directory.parties(set.caseId),
      this.users.get(set.servedById as string),
    ]);
    const court = await this.courts.get(theCase.courtId);
    const paper = setPaper({
      set,
      items,
      caption: captionOf(court, theCase),
      partyNames: new Map(parties.map((p) => [p.id, p.name])),
      service: {
        servedAt: set.servedAt,
        servedOn: set.servedOn,
        method: set.serviceMethod,
        deliveredAt: set.deliveredAt,
        signature: set.signature,
        signer: signer.name,
        certificate: set.certificateOfService ?? [],
      },
    });
    // The printed paper must be the paper that was served; anything else is corruption, not a paper.
    const sha256 = hashPaper(paper);
    if (sha256 !== set.paperSha256)
      throw new Error(`Paper of discovery set ${set.id} no longer matches its hash`);
    const filename = `${theCase.docketNumber} ${set.title}`.replace(/[^\w.-]+/g, '-').slice(0, 120);
    return { filename: `${filename}.pdf`, pdf: await renderPaperPdf(paper, sha256) };
  }
}
