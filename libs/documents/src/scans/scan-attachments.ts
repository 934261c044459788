import { Injectable } from '@nestjs/common';
import { visibleRowsSql } from '@parley/access';
import { Actor, BadInputError, queryRows } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { DocumentSubject } from '../document-capabilities';
import { DocumentEntity } from '../document.entity';
import { DocumentModel, toDocumentModel } from '../document.model';

export interface ScanUse {
  documentId: string;
  caseId: string;
  /** Who enters the paper: the scan must be one the policy lets them read (their party's, or shared). */
  actor: Actor;
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
    // Who may use a scan is the documents policy's answer, read as the lists read it.
    const parameters: unknown[] = [use.documentId, use.caseId];
    const { from, where } = visibleRowsSql(use.actor, DocumentSubject, use.at, parameters);
    const [visible] = await queryRows<{ id: string }>(
      manager,
      `SELECT d.id FROM ${from} WHERE d.id = $1::uuid AND d.case_id = $2::uuid AND ${where}`,
      parameters,
    );
    // One answer for a missing scan and another party's private one: neither may be told apart.
    if (!visible) {
      throw new BadInputError(
        'documentId must be a scan your party uploaded to this case (POST /documents).',
      );
    }
    const document = await manager.findOneOrFail(DocumentEntity, {
      where: { id: visible.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (document.sharedAt === null) {
      document.sharedAt = use.at;
      await manager.update(DocumentEntity, { id: document.id }, { sharedAt: use.at });
    }
    return toDocumentModel(document);
  }
}
