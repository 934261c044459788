import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { visibleTo } from '@parley/access';
import {
  AppConfig,
  BadInputError,
  Clock,
  Grant,
  InjectConfig,
  ListArgs,
  pageOf,
  SystemRole,
} from '@parley/platform';
import { DocumentSubject } from './document-capabilities';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { DocumentUploaded } from './document-events';
import { DocumentEntity } from './document.entity';
import { DocumentModel, toDocumentModel } from './document.model';
import { DocumentStorage, storageKey } from './storage/document-storage';
import { cleanFilename } from './upload/filename';
import { countPdfPages } from './upload/pdf-pages';
import { stageUpload } from './upload/staged-upload';

export interface IncomingFile {
  stream: Readable;
  filename: string | undefined;
}

/** A document's bytes as a download answers them. */
export interface DocumentContent {
  document: DocumentEntity;
  stream: Readable;
}

@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly storage: DocumentStorage,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * grant: document.upload on the case. Streams the file to a staged copy (hashed, measured and
   * recognised on the way), counts a PDF's pages, keeps it in storage, then records it: a refusal at
   * any step leaves nothing stored and nothing recorded.
   */
  async upload(grant: Grant, partyId: string | undefined, file: IncomingFile): Promise<DocumentModel> {
    const party = await this.uploadingParty(grant, partyId);
    const staged = await stageUpload(
      file.stream,
      join(this.config.dataDir, 'incoming'),
      this.config.documents,
    );
    const id = randomUUID();
    const key = storageKey(grant.caseId, id);
    try {
      const pages = staged.contentType === 'application/pdf' ? await countPdfPages(staged) : null;
      await this.storage.put(key, staged.path, staged.contentType);
      return await this.dataSource.transaction(async (manager) => {
        const document = manager.create(DocumentEntity, {
          id,
          caseId: grant.caseId,
          partyId: party,
          uploadedById: grant.actor.userId,
          filename: cleanFilename(file.filename, staged.contentType),
          contentType: staged.contentType,
          size: staged.size,
          sha256: staged.sha256,
          pages,
          storageKey: key,
          uploadedAt: this.clock.now(),
          sharedAt: null,
        });
        await manager.insert(DocumentEntity, document);
        await this.events.publish(manager, DocumentUploaded, {
          caseId: grant.caseId,
          partyId: party,
          actorId: grant.actor.userId,
          subjectId: id,
          data: {
            filename: document.filename,
            contentType: document.contentType,
            size: document.size,
            sha256: document.sha256,
            pages,
          },
        });
        return toDocumentModel(document);
      });
    } catch (error) {
      await this.storage.remove(key).catch(() => undefined);
      throw error;
    } finally {
      await staged.discard();
    }
  }

  /** grant: document.read. */
  async find(grant: Grant): Promise<DocumentModel> {
    return toDocumentModel(await this.row(grant));
  }

  /** The case's files the reader may see, as the policy lets it read each by id. grant: case.read. */
  async list(grant: Grant, partyId: string | null, page: ListArgs): Promise<DocumentModel[]> {
    if (partyId !== null && !isUUID(partyId)) throw new BadInputError('partyId must be the id of a party.');
    if (page.after !== undefined && !isUUID(page.after)) {
      throw new BadInputError('after must be the id of an item of the previous page.');
    }
    const query = this.dataSource
      .getRepository(DocumentEntity)
      .createQueryBuilder('d')
      .where('d.case_id = :caseId', { caseId: grant.caseId })
      .andWhere(visibleTo(grant.actor, DocumentSubject, 'd.id', this.clock.now()));
    if (partyId !== null) query.andWhere('d.party_id = :partyId', { partyId });
    return (await pageOf(query, page, 'd', ['uploaded_at'], 'DESC')).map(toDocumentModel);
  }

  /** grant: document.read. */
  async open(grant: Grant): Promise<DocumentContent> {
    const document = await this.row(grant);
    return { document, stream: await this.storage.open(document.storageKey) };
  }

  private row(grant: Grant): Promise<DocumentEntity> {
    return this.dataSource.manager.findOneByOrFail(DocumentEntity, { id: grant.subject.id });
  }

  /**
   * The party the upload is kept for: the one the uploader represents, or the one they name; for the
   * court's staff, the party whose paper reached the court (a paper filing's scan, kept as that party's).
   */
  private async uploadingParty(grant: Grant, partyId: string | undefined): Promise<string> {
    if (grant.actor.role === SystemRole.COURT_STAFF) {
      const [named] = partyId
        ? await this.dataSource.query(`SELECT id FROM parties WHERE id = $1::uuid AND case_id = $2`, [
            isUUID(partyId) ? partyId : null,
            grant.caseId,
          ])
        : [];
      if (!named) {
        throw new BadInputError(
          'partyId must be the party of this case whose paper this is (before the file): the court keeps a filing’s scan as the filer’s.',
        );
      }
      return named.id;
    }
    const mine = grant.myPartyIds;
    if (partyId !== undefined) {
      if (!mine.includes(partyId.toLowerCase())) {
        throw new BadInputError('partyId must be a party of this case that you represent.');
      }
      return partyId.toLowerCase();
    }
    if (mine.length !== 1) {
      throw new BadInputError(
        'You represent more than one party in this case: say which one the document is for (partyId, before the file).',
      );
    }
    return mine[0];
  }
}
