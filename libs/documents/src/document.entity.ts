import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A file kept for a case: a mailed paper's scan, an exhibit, a file to produce. Its bytes live in
 * the document storage under `storageKey`; this row is what is known of them. Private to the
 * uploading party until a paper it belongs to is served or filed (`sharedAt`).
 */
@Entity('documents')
@Index('documents_case_idx', ['caseId', 'uploadedAt'])
export class DocumentEntity {
  // Chosen before the upload so the bytes can be stored under it before the row exists.
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  /** The party whose document it is; its members alone see it until it is shared. */
  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id' })
  party?: object;

  @Column({ type: 'uuid' })
  uploadedById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: object;

  @Column({ type: 'text' })
  filename!: string;

  /** Recognised from the file's first bytes, never taken from the client. */
  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** A PDF's page count; null for an image. */
  @Column({ type: 'int', nullable: true })
  pages!: number | null;

  @Column({ type: 'text' })
  storageKey!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  uploadedAt!: Date;

  /** When a paper it belongs to was served or filed: from then every party of the case sees it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sharedAt!: Date | null;
}
