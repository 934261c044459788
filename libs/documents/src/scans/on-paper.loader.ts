import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, GraphQLContext, queryRows } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DocumentModel } from '../document.model';
import { OnPaperModel, OnPaperRef } from './on-paper.model';

interface ScanRow {
  id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  pages: number | null;
  uploaded_at: Date;
  shared_at: Date | null;
}

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
          const rows = await queryRows<ScanRow>(
            this.dataSource.manager,
            `SELECT id, filename, content_type, size, sha256, pages, uploaded_at, shared_at
               FROM documents WHERE id = ANY($1::uuid[])`,
            [ids],
          );
          return byKeys(ids, rows.map(toModel), (d) => d.id);
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

function toModel(row: ScanRow): DocumentModel {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    pages: row.pages,
    uploadedAt: row.uploaded_at,
    shared: row.shared_at !== null,
  };
}
