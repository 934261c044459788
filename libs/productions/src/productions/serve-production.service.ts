import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator } from '@parley/deadlines';
import { DiscoveryReader, serviceInstant, SetStatus } from '@parley/discovery';
import { DocumentStorage, ProducibleDocuments, storageKey } from '@parley/documents';
import { BadInputError, Clock, ConflictError, Grant, isExclusionViolation } from '@parley/platform';
import { spokenDate } from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';
import { DESIGNATION_WORDS, ProductionStatus } from '../production-enums';
import { ProductionServed } from '../production-events';
import { BatesError, formatBates, UnreadablePdfError, VolumeResult, writeVolume } from '../volume';
import { ProductionDocumentEntity } from './production-document.entity';
import { ProductionEntity } from './production.entity';
import { ServeProductionInput } from './production.inputs';
import { ProductionModel } from './production.model';
import { ProductionsService } from './productions.service';
import { priorNumbers } from './reproductions';
import { isOnParley, refuseElectronicOffParley } from '../on-parley';
import { MailedProductions, productionTitle } from '../mailed-papers';
import { mailRecipient, MailingPaperKind, MailingsService } from '@parley/mailings';

/**
 * Serving a production: its pages numbered from the prefix, stamped, packed with load files into one
 * volume, and the whole kept as served, never changed again (DOMAIN.md, "Productions").
 */
@Injectable()
export class ServeProductionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly productions: ProductionsService,
    private readonly discovery: DiscoveryReader,
    private readonly files: ProducibleDocuments,
    private readonly storage: DocumentStorage,
    private readonly directory: CaseDirectory,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly mailings: MailingsService,
    private readonly printed: MailedProductions,
  ) {}

  /** grant: production.serve. */
  async serve(
    grant: Grant<'producing' | 'receiving'>,
    input: ServeProductionInput,
  ): Promise<ProductionModel> {
    const servedAt = serviceInstant(input.method, input.servedAt, this.clock.now());
    const staged = join(tmpdir(), `parley-volume-${randomUUID()}.zip`);
    let storedKey: string | null = null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const production = await manager.findOneOrFail(ProductionEntity, {
          where: { id: grant.subject.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (production.status !== ProductionStatus.DRAFT) {
          throw new ConflictError(
            `This production was already served on ${spokenDate(production.servedOn ?? '')}; a served volume is never changed. Produce again to send more.`,
          );
        }
        if (servedAt.getTime() < production.createdAt.getTime()) {
          throw new BadInputError(
            `servedAt cannot come before the production was put together (${production.createdAt.toISOString()}).`,
          );
        }
        await this.checkSetStillServed(manager, production.setId);
        await refuseElectronicOffParley(this.directory, manager, {
          caseId: production.caseId,
          partyId: production.receivingPartyId,
          method: input.method,
          what: 'the documents',
        });
        const counter = await this.holdCounter(manager, production);
        const volume = `${production.batesPrefix}${String(counter.volumes + 1).padStart(3, '0')}`;
        const result = await this.pack(manager, production, volume, counter.next_number, staged, servedAt);

        // One statement for every document, however many the volume holds.
        const docs = result.documents;
        await manager.query(
          `UPDATE production_documents pd
              SET first_bates = n.first, last_bates = n.last, pages = n.pages, sha256 = n.sha256,
                  native = n.native, reproduced = n.first < $2
             FROM unnest($3::uuid[], $4::int[], $5::int[], $6::int[], $7::text[], $8::boolean[])
                  AS n(document_id, first, last, pages, sha256, native)
            WHERE pd.production_id = $1 AND pd.document_id = n.document_id`,
          [
            production.id,
            counter.next_number,
            docs.map((d) => d.id),
            docs.map((d) => d.firstBates),
            docs.map((d) => d.lastBates),
            docs.map((d) => d.pages),
            docs.map((d) => d.sha256),
            docs.map((d) => d.native),
          ],
        );
        await manager.query(
          `UPDATE bates_counters SET next_number = $3, volumes = volumes + 1 WHERE case_id = $1 AND prefix = $2`,
          [production.caseId, production.batesPrefix, result.nextBates],
        );
        // A key of its own per attempt: a failed attempt's clean-up can never remove what a retry stored.
        storedKey = storageKey(production.caseId, randomUUID());
        await this.storage.put(storedKey, staged, 'application/zip');

        const court = await this.courts.get(
          (await this.directory.getCase(production.caseId, manager)).courtId,
          manager,
        );
        const firstBates = Math.min(...result.documents.map((d) => d.firstBates));
        const lastBates = Math.max(...result.documents.map((d) => d.lastBates));
        Object.assign(production, {
          status: ProductionStatus.SERVED,
          volume,
          firstBates,
          lastBates,
          servedAt,
          servedOn: this.calculator.courtDay(court, servedAt),
          servedById: grant.actor.userId,
          serviceMethod: input.method,
          signature: input.signature,
          volumeKey: storedKey,
          volumeSha256: result.sha256,
          volumeSize: String(result.size),
          dat: result.dat,
          opt: result.opt,
        });
        await manager.save(production);
        const set = (await this.discovery.sets([production.setId], manager))[0];
        await this.mailIfOffParley(manager, grant, production, court.timeZone);
        await this.events.publish(manager, ProductionServed, {
          caseId: production.caseId,
          actorId: grant.actor.userId,
          subjectId: production.id,
          data: {
            producingPartyId: production.producingPartyId,
            receivingPartyId: production.receivingPartyId,
            setId: production.setId,
            setTitle: set?.title ?? '',
            volume,
            firstBates: formatBates(production.batesPrefix, firstBates),
            lastBates: formatBates(production.batesPrefix, lastBates),
            documents: result.documents.length,
            pages: result.pages,
            servedAt: servedAt.toISOString(),
            servedOn: production.servedOn as string,
            serviceMethod: input.method,
            signature: input.signature,
            volumeSha256: result.sha256,
          },
          notify: { parties: [production.receivingPartyId] },
        });
        return this.productions.one(manager, production.id);
      });
    } catch (error) {
      if (storedKey) await this.storage.remove(storedKey).catch(() => undefined);
      if (error instanceof UnreadablePdfError) throw new BadInputError(error.message);
      if (error instanceof BatesError) throw new ConflictError(error.message);
      if (isExclusionViolation(error)) {
        throw new ConflictError('These Bates numbers were given to another production; serve it again.');
      }
      throw error;
    } finally {
      await rm(staged, { force: true });
    }
  }

  /**
   * FRCP 5(b)(2)(C): a party nobody represents on Parley gets the documents on paper, stamped as in
   * the volume, with a letter listing them; only the party that asked for them (FRCP 34).
   */
  private async mailIfOffParley(
    manager: EntityManager,
    grant: Grant,
    production: ProductionEntity,
    timeZone: string,
  ) {
    if (await isOnParley(this.directory, manager, production.caseId, production.receivingPartyId)) return;
    const receiving = await this.directory.party(production.receivingPartyId, manager);
    if (!receiving) return;
    const { caption, signer } = await this.printed.heading(production, manager);
    await this.mailings.prepare(manager, {
      caseId: production.caseId,
      fromPartyId: production.producingPartyId,
      preparedById: grant.actor.userId,
      kind: MailingPaperKind.PRODUCTION,
      paperId: production.id,
      title: productionTitle(production),
      dueOn: null,
      servedOn: production.servedOn as string,
      caption,
      from: signer,
      lettersQualify: null,
      timeZone,
      recipients: [mailRecipient(receiving)],
    });
  }

  private async checkSetStillServed(manager: EntityManager, setId: string): Promise<void> {
    await this.discovery.holdSets(manager, [setId]);
    const [set] = await this.discovery.sets([setId], manager);
    if (!set || set.status === SetStatus.WITHDRAWN) {
      throw new ConflictError('These requests were withdrawn; nothing is owed on them.');
    }
  }

  /**
   * The prefix's counter, held until the transaction ends: a concurrent production of the same prefix
   * waits, then numbers from where this one stopped; a failure here gives the numbers back.
   */
  private async holdCounter(
    manager: EntityManager,
    production: ProductionEntity,
  ): Promise<{ next_number: number; volumes: number }> {
    await manager.query(
      `INSERT INTO bates_counters (case_id, prefix, party_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [production.caseId, production.batesPrefix, production.producingPartyId],
    );
    const [counter] = await manager.query(
      `SELECT party_id, next_number, volumes FROM bates_counters WHERE case_id = $1 AND prefix = $2 FOR UPDATE`,
      [production.caseId, production.batesPrefix],
    );
    if (counter.party_id !== production.producingPartyId) {
      throw new ConflictError(
        `${production.batesPrefix} became another party’s Bates prefix in this case; put the production together again with one of your own.`,
      );
    }
    return counter;
  }

  /** Stamps and packs the documents, in their order, into the staged zip. */
  private async pack(
    manager: EntityManager,
    production: ProductionEntity,
    volume: string,
    startAt: number,
    outPath: string,
    producedAt: Date,
  ): Promise<VolumeResult> {
    const documents = await manager.find(ProductionDocumentEntity, {
      where: { productionId: production.id },
      order: { position: 'ASC' },
    });
    const ids = documents.map((d) => d.documentId);
    const files = new Map(
      (await this.files.ofParty(manager, production.caseId, production.producingPartyId, ids)).map((f) => [
        f.id,
        f,
      ]),
    );
    const firstOf = await priorNumbers(
      manager,
      production,
      documents.map((d) => ({ id: d.documentId, filename: files.get(d.documentId)?.filename ?? '' })),
    );
    const requests: Array<{ document_id: string; numbers: number[] }> = await manager.query(
      `SELECT pi.document_id, array_agg(i.number ORDER BY i.number) AS numbers
         FROM production_items pi JOIN discovery_items i ON i.id = pi.item_id
        WHERE pi.production_id = $1 GROUP BY pi.document_id`,
      [production.id],
    );
    const numbersOf = new Map(requests.map((r) => [r.document_id, r.numbers]));
    return writeVolume({
      volume,
      prefix: production.batesPrefix,
      startAt,
      outPath,
      producedAt,
      documents: documents.map((d) => {
        const file = files.get(d.documentId);
        if (!file) throw new ConflictError('A document of this production is no longer in the case.');
        return {
          id: d.documentId,
          filename: file.filename,
          contentType: file.contentType,
          open: () => this.files.open(file),
          designation: DESIGNATION_WORDS[d.confidentiality],
          custodian: d.custodian,
          requests: (numbersOf.get(d.documentId) ?? []).map((n) => `RFP No. ${n}`),
          firstBates: firstOf.get(d.documentId),
        };
      }),
    });
  }
}
