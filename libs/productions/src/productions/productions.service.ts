import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleToSql } from '@parley/access';
import { DomainEvents } from '@parley/audit';
import { DiscoveryReader } from '@parley/discovery';
import { ProducibleDocument, ProducibleDocuments } from '@parley/documents';
import { BadInputError, Clock, ConflictError, Grant, ListArgs, NotFoundError } from '@parley/platform';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { ProductionSubject } from '../production-capabilities';
import { Confidentiality, ProductionStatus } from '../production-enums';
import { ProductionDiscarded, ProductionDrafted } from '../production-events';
import { BatesError, checkBatesPrefix, inspectPdf, readWhole, UnreadablePdfError } from '../volume';
import { BatesCounterEntity } from './bates-counter.entity';
import { ProductionDocumentEntity } from './production-document.entity';
import { ProductionEntity } from './production.entity';
import { CreateProductionInput } from './production.inputs';
import { ProductionModel } from './production.model';
import { readProductions } from './production-reads';
import { priorNumbers } from './reproductions';
import { rule34Requests } from '../rule-34-requests';

const PDF = 'application/pdf';

/** Documents times the requests each answers: a large volume, well under what one statement can carry. */
const MAX_DOCUMENT_REQUESTS = 10_000;

/** Putting a production together, and reading productions as the policy lets each reader. */
@Injectable()
export class ProductionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryReader,
    private readonly files: ProducibleDocuments,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * A draft answering a served Rule 34 set: the responding party's own files, each naming the
   * requests it answers. grant: production.create on the set.
   */
  async create(
    grant: Grant<'serving' | 'responding'>,
    input: CreateProductionInput,
  ): Promise<ProductionModel> {
    const { serving, responding } = grant.subject.parties;
    if (input.caseId !== grant.caseId) throw new BadInputError('setId must be a set of this case (caseId).');
    if (input.producingPartyId !== responding || input.receivingPartyId !== serving) {
      throw new BadInputError(
        'A production goes from the party the requests were served on (producingPartyId) to the party that served them (receivingPartyId).',
      );
    }
    const prefix = this.prefix(input.batesPrefix);
    const documentIds = input.documents.map((d) => d.documentId.toLowerCase());
    const pairs = input.documents.reduce((sum, d) => sum + d.requestItemIds.length, 0);
    if (pairs > MAX_DOCUMENT_REQUESTS) {
      throw new BadInputError(
        `A production names at most ${MAX_DOCUMENT_REQUESTS.toLocaleString('en-US')} document-request pairs; this one names ${pairs.toLocaleString('en-US')}. Split it into several productions.`,
      );
    }
    if (new Set(documentIds).size !== documentIds.length) {
      throw new BadInputError('Each document is produced once in a production; one is named twice.');
    }
    return this.dataSource.transaction(async (manager) => {
      await rule34Requests(
        this.discovery,
        manager,
        grant.subject.id,
        input.documents.flatMap((d) => d.requestItemIds),
      );
      await this.checkPrefixOwner(manager, input.caseId, prefix, input.producingPartyId);
      const files = await this.files.ofParty(manager, input.caseId, input.producingPartyId, documentIds);
      const byId = new Map(files.map((f) => [f.id, f]));
      const missing = documentIds.filter((id) => !byId.has(id));
      if (missing.length > 0) {
        throw new BadInputError(
          `These are not files your party uploaded to this case: ${missing.join(', ')}. Upload them first (POST /documents).`,
        );
      }
      await priorNumbers(
        manager,
        { caseId: input.caseId, producingPartyId: input.producingPartyId, batesPrefix: prefix },
        files,
      );
      // A PDF that cannot be stamped is refused now, not when the production is served.
      const pages = new Map<string, number>();
      for (const file of files) {
        pages.set(file.id, file.contentType === PDF ? await this.pdfPages(file) : 1);
      }
      const production = await manager.save(
        manager.create(ProductionEntity, {
          caseId: input.caseId,
          producingPartyId: input.producingPartyId,
          receivingPartyId: input.receivingPartyId,
          setId: grant.subject.id,
          batesPrefix: prefix,
          status: ProductionStatus.DRAFT,
          createdById: grant.actor.userId,
          createdAt: this.clock.now(),
        }),
      );
      const party = (
        await manager.query(`SELECT name FROM parties WHERE id = $1`, [input.producingPartyId])
      )[0];
      await manager.insert(
        ProductionDocumentEntity,
        input.documents.map((d, position) => ({
          productionId: production.id,
          documentId: d.documentId.toLowerCase(),
          position,
          confidentiality: d.confidentiality ?? Confidentiality.NONE,
          custodian: d.custodian || party.name,
          caseId: input.caseId,
          batesPrefix: prefix,
          pages: pages.get(d.documentId.toLowerCase()) as number,
        })),
      );
      const pairs = input.documents.flatMap((d) =>
        [...new Set(d.requestItemIds.map((id) => id.toLowerCase()))].map((itemId) => [
          d.documentId.toLowerCase(),
          itemId,
        ]),
      );
      // One statement whatever the number of pairs (a parameter per value would overflow PostgreSQL's).
      await manager.query(
        `INSERT INTO production_items (production_id, document_id, item_id)
         SELECT $1, d, i FROM unnest($2::uuid[], $3::uuid[]) AS pair(d, i)`,
        [production.id, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      await this.events.publish(manager, ProductionDrafted, {
        caseId: input.caseId,
        partyId: input.producingPartyId,
        actorId: grant.actor.userId,
        subjectId: production.id,
        data: {
          setId: grant.subject.id,
          batesPrefix: prefix,
          documents: files.length,
          pages: [...pages.values()].reduce((a, b) => a + b, 0),
        },
      });
      return this.one(manager, production.id);
    });
  }

  /** A draft thrown away; a served production stays for good. grant: production.discard. */
  discard(grant: Grant<'producing' | 'receiving'>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const production = await manager.findOneOrFail(ProductionEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (production.status !== ProductionStatus.DRAFT) {
        throw new ConflictError('A served production cannot be discarded: the other side has it.');
      }
      await manager.delete(ProductionEntity, { id: production.id });
      await this.events.publish(manager, ProductionDiscarded, {
        caseId: production.caseId,
        partyId: production.producingPartyId,
        actorId: grant.actor.userId,
        subjectId: production.id,
        data: { setId: production.setId },
      });
      return true;
    });
  }

  /** grant: production.read. */
  get(grant: Grant): Promise<ProductionModel> {
    return this.one(this.dataSource.manager, grant.subject.id);
  }

  /** The case's productions the reader may see, newest first. grant: case.read. */
  async list(grant: Grant, page: ListArgs): Promise<ProductionModel[]> {
    const parameters: unknown[] = [grant.caseId];
    const visible = visibleToSql(grant.actor, ProductionSubject, 'pr.id', this.clock.now(), parameters);
    let where = `pr.case_id = $1 AND ${visible}`;
    if (page.after !== undefined) {
      if (!isUUID(page.after))
        throw new BadInputError('after must be the id of an item of the previous page.');
      parameters.push(page.after);
      where += ` AND (pr.created_at, pr.id) < (SELECT p1.created_at, p1.id FROM productions p1 WHERE p1.id = $${parameters.length}::uuid)`;
    }
    return readProductions(this.dataSource.manager, where, parameters, undefined, page.first ?? 20);
  }

  async one(manager: EntityManager, id: string): Promise<ProductionModel> {
    const [production] = await readProductions(manager, 'pr.id = $1', [id]);
    if (!production) throw new NotFoundError('The production does not exist.');
    return production;
  }

  private prefix(raw: string): string {
    try {
      const prefix = raw.toUpperCase();
      checkBatesPrefix(prefix);
      return prefix;
    } catch (error) {
      if (error instanceof BatesError) throw new BadInputError(error.message);
      throw error;
    }
  }

  /** A prefix is one party's in a case: two parties numbering "DEF" pages would cite the same page. */
  private async checkPrefixOwner(manager: EntityManager, caseId: string, prefix: string, partyId: string) {
    const counter = await manager.findOneBy(BatesCounterEntity, { caseId, prefix });
    if (counter && counter.partyId !== partyId) {
      throw new ConflictError(
        `${prefix} is another party’s Bates prefix in this case; choose one of your own (batesPrefix).`,
      );
    }
  }

  private async pdfPages(file: ProducibleDocument): Promise<number> {
    try {
      return (await inspectPdf((await readWhole(await this.files.open(file))).bytes, file.filename)).pages;
    } catch (error) {
      if (error instanceof UnreadablePdfError) throw new BadInputError(error.message);
      throw error;
    }
  }
}
