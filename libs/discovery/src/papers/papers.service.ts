import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { checkedPaperHash, PaperDocument, paperFileName, PrintedPaper, renderPaper } from '@parley/papers';
import { ConflictError, Grant } from '@parley/platform';
import { DataSource } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { DiscoveryResponseEntity } from '../responses/discovery-response.entity';
import { DiscoveryItemEntity } from '../sets/discovery-item.entity';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';
import { legacyCaptionOf, legacySetPaper } from './legacy-paper';
import { legacySetDocument } from './legacy-set-document';
import { responsePaperDocument } from './response-paper-document';
import { setPaperDocument } from './set-paper-document';

/** Served papers as PDFs for the parties: the kept paper, checked against its hash, then drawn. */
@Injectable()
export class PapersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly users: UsersService,
    private readonly courts: CourtsService,
  ) {}

  /** grant: set.read. */
  setPaperPdf(grant: Grant): Promise<PrintedPaper> {
    return this.setPaper(grant.subject.id);
  }

  /** A served set's paper, for whoever already may have it (its reader, a mailing's packet). */
  async setPaper(id: string): Promise<PrintedPaper> {
    const set = await this.withPaper(DiscoverySetEntity, id);
    if (set.status === SetStatus.DRAFT || !set.paperSha256) {
      throw new ConflictError('This set has not been served yet; its paper is printed once it is served.');
    }
    if (set.scanDocumentId) {
      throw new ConflictError(
        `This set came by mail and was entered from its scan: the scan is its paper (GET /documents/${set.scanDocumentId}).`,
      );
    }
    const document = set.paper
      ? setPaperDocument(set.paper, checkedPaperHash(set.paper, set.paperSha256, `discovery set ${set.id}`))
      : await this.legacySetDocument(set);
    return {
      filename: paperFileName(document.caption?.caseNumber ?? '', set.title),
      pdf: await renderPaper(document),
    };
  }

  /** grant: response.read. */
  responsePaperPdf(grant: Grant): Promise<PrintedPaper> {
    return this.responsePaper(grant.subject.id);
  }

  /** A served response's paper, for whoever already may have it (its reader, a mailing's packet). */
  async responsePaper(id: string): Promise<PrintedPaper> {
    const response = await this.withPaper(DiscoveryResponseEntity, id);
    if (response.scanDocumentId) {
      throw new ConflictError(
        `This response came by mail and was entered from its scan: the scan is its paper (GET /documents/${response.scanDocumentId}).`,
      );
    }
    if (!response.paper) {
      throw new ConflictError(
        'This response was served before Parley kept papers whole, so there is no paper to print; its answers are in the case.',
      );
    }
    const sha256 = checkedPaperHash(response.paper, response.paperSha256, `response ${response.id}`);
    const document: PaperDocument = responsePaperDocument(response.paper, sha256);
    return {
      filename: paperFileName(response.paper.caption.caseNumber, document.title),
      pdf: await renderPaper(document),
    };
  }

  /** The row with its kept paper, which lists never load. */
  private withPaper<T extends DiscoverySetEntity | DiscoveryResponseEntity>(
    entity: new () => T,
    id: string,
  ): Promise<T> {
    return this.dataSource
      .getRepository(entity)
      .createQueryBuilder('row')
      .addSelect('row.paper')
      .where('row.id = :id', { id })
      .getOneOrFail();
  }

  private async legacySetDocument(set: DiscoverySetEntity): Promise<PaperDocument> {
    const manager = this.dataSource.manager;
    const [items, theCase, parties, signer] = await Promise.all([
      manager.find(DiscoveryItemEntity, { where: { setId: set.id }, order: { number: 'ASC' } }),
      this.directory.getCase(set.caseId),
      this.directory.parties(set.caseId),
      this.users.get(set.servedById as string),
    ]);
    const court = await this.courts.get(theCase.courtId);
    const paper = legacySetPaper({
      set: {
        ...set,
        servedAt: set.servedAt as Date,
        servedOn: set.servedOn as string,
        serviceMethod: set.serviceMethod as NonNullable<typeof set.serviceMethod>,
        signature: set.signature as string,
      },
      items,
      caption: legacyCaptionOf(court, theCase),
      partyNames: new Map(parties.map((p) => [p.id, p.name])),
      signer: signer.name,
    });
    const sha256 = checkedPaperHash(paper, set.paperSha256, `discovery set ${set.id}`);
    return legacySetDocument(
      paper,
      sha256,
      parties.map((p) => ({ name: p.name, side: p.side })),
      {
        responseDueOn: set.responseDueOn as string,
        servingProSe: parties.find((p) => p.id === set.servingPartyId)?.proSe ?? false,
      },
    );
  }
}
