import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { EntityManager, In } from 'typeorm';
import { DocumentEntity } from '../document.entity';
import { DocumentStorage } from '../storage/document-storage';

/** What a production needs of a party's file: what it is, and its bytes. */
export interface ProducibleDocument {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  pages: number | null;
  /** Where its bytes are kept: read with open(), without another lookup. */
  storageKey: string;
}

/**
 * A party's own files as a production reads them: only that party's, in that case. Producing a file
 * does not share it (the receiving party gets the stamped volume, not the original).
 */
@Injectable()
export class ProducibleDocuments {
  constructor(private readonly storage: DocumentStorage) {}

  /** The files with these ids the party keeps in the case; others are simply absent. */
  async ofParty(
    manager: EntityManager,
    caseId: string,
    partyId: string,
    ids: readonly string[],
  ): Promise<ProducibleDocument[]> {
    if (ids.length === 0) return [];
    const rows = await manager.find(DocumentEntity, { where: { id: In([...ids]), caseId, partyId } });
    return rows.map(({ id, filename, contentType, size, sha256, pages, storageKey }) => ({
      id,
      filename,
      contentType,
      size,
      sha256,
      pages,
      storageKey,
    }));
  }

  /** The stored bytes of a file ofParty read, streamed. */
  open(file: Pick<ProducibleDocument, 'storageKey'>): Promise<Readable> {
    return this.storage.open(file.storageKey);
  }
}
