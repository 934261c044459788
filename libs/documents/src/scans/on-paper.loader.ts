import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, GraphQLContext, queryRows } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DOCUMENT_COLUMNS, documentFromRow, DocumentModel, DocumentRow } from '../document.model';
import { OnPaperModel, OnPaperRef } from './on-paper.model';

/**
 * OnPaper for the recorded papers of one request, their scans read together. The paper's own read
 * decided who sees it; a recorded paper's scan was shared when it was recorded (ScanAttachments).
 */
@Injectable()
export class OnPaperLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(context: GraphQLContext, ref: OnPaperRef): Promise<OnPaperModel | null> {
    if (!ref.scanDocumentId || !ref.recordedById || !ref.receivedOn) return null;
    const [scan, recordedBy] = await Promise.all([
      this.scans(context).load(ref.scanDocumentId),
      this.names(context).load(ref.recordedById),
    ]);
    if (!scan) return null;
    return { scan, recordedBy: recordedBy ?? '', receivedOn: ref.receivedOn };
  }

  private scans(context: GraphQLContext): DataLoader<string, DocumentModel | null> {
    return context.loaders.get(
      ScanRowsKey,
      () =>
        new DataLoader(async (ids) => {
          const rows = await queryRows<DocumentRow>(
            this.dataSource.manager,
            `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY($1::uuid[])`,
            [ids],
          );
          return byKeys(ids, rows.map(documentFromRow), (d) => d.id);
        }),
    );
  }

  private names(context: GraphQLContext): DataLoader<string, string | null> {
    return context.loaders.get(
      UserNamesKey,
      () =>
        new DataLoader(async (ids) => {
          const rows = await queryRows<{ id: string; name: string }>(
            this.dataSource.manager,
            'SELECT id, name FROM users WHERE id = ANY($1::uuid[])',
            [ids],
          );
          return byKeys(ids, rows, (u) => u.id).map((u) => u?.name ?? null);
        }),
    );
  }
}

/** Keys for the request's loaders: one each, whichever resolver asks first. */
const ScanRowsKey = {};
const UserNamesKey = {};
