import { Injectable } from '@nestjs/common';
import { BadInputError } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { DocumentEntity } from '../document.entity';
import { DocumentModel, toDocumentModel } from '../document.model';

export interface ScanUse {
  documentId: string;
  caseId: string;
  /** The party entering the paper: the scan must be one it uploaded, or one already shared. */
  partyId: string;
  at: Date;
}

/**
 * A scan becomes part of a paper recorded from the mail: from then on every party of the case sees it,
 * as they see the paper (DOMAIN.md, "Parties not on Parley").
 */
@Injectable()
export class ScanAttachments {
  /** In the recording's transaction, so a refused recording leaves the scan private. */
  async attach(manager: EntityManager, use: ScanUse): Promise<DocumentModel> {
    const document = await manager.findOne(DocumentEntity, {
      where: { id: use.documentId, caseId: use.caseId },
      lock: { mode: 'pessimistic_write' },
    });
    // One answer for a missing scan and another party's private one: neither may be told apart.
    if (!document || (document.sharedAt === null && document.partyId !== use.partyId)) {
      throw new BadInputError(
        'documentId must be a scan your party uploaded to this case (POST /documents).',
      );
    }
    if (document.sharedAt === null) {
      document.sharedAt = use.at;
      await manager.update(DocumentEntity, { id: document.id }, { sharedAt: use.at });
    }
    return toDocumentModel(document);
  }
}
