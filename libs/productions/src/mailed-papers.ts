import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseDirectory, PaperPeople } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { MailedPaper, MailingPaperKind, MailsPaper } from '@parley/mailings';
import { renderPaper } from '@parley/papers';
import { CalendarDate } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { clawbackModel, ClawbackRow } from './clawbacks/clawback-reads';
import { clawbackNoticeDocument } from './clawbacks/clawback-notice-paper';
import { privilegeLogDocument } from './privilege-log/privilege-log-paper';
import { PrivilegeLogEntity } from './privilege-log/privilege-log.entity';
import { ProducibleDocuments } from '@parley/documents';
import { Confidentiality, DESIGNATION_WORDS } from './production-enums';
import { printedProduction, PrintedDocument } from './productions/printed-production';
import { ProductionEntity } from './productions/production.entity';
import { formatBates, readWhole } from './volume';

/** What each paper here heads with: the case's caption, its signer's letterhead, the court's time zone. */
@Injectable()
export class PaperHeadings {
  constructor(
    private readonly directory: CaseDirectory,
    private readonly courts: CourtsService,
    private readonly people: PaperPeople,
  ) {}

  async of(
    manager: EntityManager,
    caseId: string,
    signer: { userId: string; partyId: string; signature?: string },
  ) {
    const theCase = await this.directory.getCase(caseId, manager);
    const court = await this.courts.get(theCase.courtId, manager);
    return {
      caption: await this.people.caption(manager, theCase, court),
      signer: await this.people.letterhead(manager, signer),
      timeZone: court.timeZone,
    };
  }
}

/** A privilege log in a mailing: printed as served; nothing runs from it for its recipient. */
@Injectable()
@MailsPaper(MailingPaperKind.PRIVILEGE_LOG)
export class MailedPrivilegeLogs implements MailedPaper {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async print(logId: string): Promise<Uint8Array> {
    const log = await this.dataSource.manager.findOneByOrFail(PrivilegeLogEntity, { id: logId });
    return renderPaper(privilegeLogDocument(log.paper));
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}

/**
 * A clawback notice in a mailing, printed from the clawback and its production. Its answer day was
 * counted for service by mail (FRCP 6(d)) when the clawback was made; a later mailing does not move it.
 */
@Injectable()
@MailsPaper(MailingPaperKind.CLAWBACK_NOTICE)
export class MailedClawbacks implements MailedPaper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly headings: PaperHeadings,
  ) {}

  async print(clawbackId: string): Promise<Uint8Array> {
    return renderPaper(await this.document(clawbackId));
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }

  async document(clawbackId: string, manager = this.dataSource.manager) {
    const [row]: Array<ClawbackRow & { requested_by_id: string; volume: string; served_on: string }> =
      await manager.query(
        `SELECT cb.*, p.volume, to_char(p.served_on, 'YYYY-MM-DD') AS served_on
           FROM clawbacks cb JOIN productions p ON p.id = cb.production_id WHERE cb.id = $1`,
        [clawbackId],
      );
    const clawback = clawbackModel(row);
    const { caption, signer, timeZone } = await this.headings.of(manager, row.case_id, {
      userId: row.requested_by_id,
      partyId: row.producing_party_id,
    });
    const receiving = await this.directory.party(row.receiving_party_id, manager);
    const requestedOn = clawback.requestedAt;
    return clawbackNoticeDocument({
      caption,
      producingParty: signer.party,
      receivingParty: receiving?.name ?? 'The receiving party',
      range: clawback.batesRange,
      pages: clawback.pages,
      volume: row.volume,
      producedOn: row.served_on,
      basis: clawback.basis,
      answerDueOn: clawback.answerDueOn,
      signer,
      signedOn: requestedOn.toLocaleDateString('en-CA', { timeZone }),
    });
  }
}

/** Documents produced on paper to a party not on Parley: the letter, then every page stamped. */
@Injectable()
@MailsPaper(MailingPaperKind.PRODUCTION)
export class MailedProductions implements MailedPaper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly headings: PaperHeadings,
    private readonly files: ProducibleDocuments,
  ) {}

  async print(productionId: string): Promise<Uint8Array> {
    const manager = this.dataSource.manager;
    const production = await manager.findOneByOrFail(ProductionEntity, { id: productionId });
    const { caption, signer } = await this.heading(production);
    const [set] = await manager.query(`SELECT title FROM discovery_sets WHERE id = $1`, [production.setId]);
    const receiving = await this.directory.party(production.receivingPartyId, manager);
    const rows: Array<{
      document_id: string;
      filename: string;
      content_type: string;
      storage_key: string;
      first_bates: number;
      last_bates: number;
      confidentiality: Confidentiality;
      numbers: number[];
    }> = await manager.query(
      `SELECT pd.document_id, d.filename, d.content_type, d.storage_key, pd.first_bates, pd.last_bates, pd.confidentiality,
              (SELECT array_agg(i.number ORDER BY i.number) FROM production_items pi JOIN discovery_items i ON i.id = pi.item_id
                WHERE pi.production_id = pd.production_id AND pi.document_id = pd.document_id) AS numbers
         FROM production_documents pd JOIN documents d ON d.id = pd.document_id
        WHERE pd.production_id = $1 ORDER BY pd.position`,
      [productionId],
    );
    const documents: PrintedDocument[] = [];
    for (const r of rows) {
      documents.push({
        filename: r.filename,
        contentType: r.content_type,
        bytes: (await readWhole(await this.files.open({ storageKey: r.storage_key }))).bytes,
        firstBates: r.first_bates,
        lastBates: r.last_bates,
        designation: DESIGNATION_WORDS[r.confidentiality],
        requests: (r.numbers ?? []).map((n) => `Request No. ${n}`),
      });
    }
    return printedProduction(
      {
        caption,
        title: productionTitle(production),
        producingParty: signer.party,
        receivingParty: receiving?.name ?? 'the receiving party',
        setTitle: set?.title ?? '',
        volume: production.volume as string,
        prefix: production.batesPrefix,
        servedOn: production.servedOn as string,
        signer,
      },
      documents,
    );
  }

  heading(production: ProductionEntity, manager = this.dataSource.manager) {
    return this.headings.of(manager, production.caseId, {
      userId: production.servedById as string,
      partyId: production.producingPartyId,
      signature: production.signature ?? undefined,
    });
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}

/** "Documents Produced by J. Brannon, Volume DEF001 (DEF0000001–DEF0000004)". */
export function productionTitle(
  p: Pick<ProductionEntity, 'volume' | 'batesPrefix' | 'firstBates' | 'lastBates'>,
) {
  return `Documents Produced, Volume ${p.volume} (${formatBates(p.batesPrefix, p.firstBates as number)}–${formatBates(p.batesPrefix, p.lastBates as number)})`;
}
