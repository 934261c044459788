import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DocumentEntity } from './document.entity';

@ObjectType('Document', {
  description:
    'A file kept for a case (a scan of a mailed paper, an exhibit): its bytes at GET /documents/{id}, with the same access.',
})
export class DocumentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The name it was uploaded with, without any folder.' })
  filename!: string;

  @Field({
    description: 'Recognised from the file itself: application/pdf, image/png, image/jpeg or image/tiff.',
  })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field({ description: 'SHA-256 of the bytes, in hex: what a download can be checked against.' })
  sha256!: string;

  @Field(() => Int, { nullable: true, description: 'A PDF’s pages; null for an image.' })
  pages!: number | null;

  @Field()
  uploadedAt!: Date;

  @Field({
    description:
      'Whether every party of the case sees it (a paper it belongs to was served or filed), or only yours.',
  })
  shared!: boolean;
}

export function toDocumentModel(document: DocumentEntity): DocumentModel {
  return {
    id: document.id,
    filename: document.filename,
    contentType: document.contentType,
    size: document.size,
    sha256: document.sha256,
    pages: document.pages,
    uploadedAt: document.uploadedAt,
    shared: document.sharedAt !== null,
  };
}

/** The columns of a document a model needs, as read in SQL (`d` the documents alias). */
export const DOCUMENT_COLUMNS =
  'd.id, d.filename, d.content_type, d.size, d.sha256, d.pages, d.uploaded_at, d.shared_at';

/** A row of DOCUMENT_COLUMNS as the model. */
export interface DocumentRow {
  id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  pages: number | null;
  uploaded_at: Date;
  shared_at: Date | null;
}

export function documentFromRow(row: DocumentRow): DocumentModel {
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
