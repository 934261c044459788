import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Relation,
} from 'typeorm';
import { Confidentiality } from '../production-enums';
import { ProductionEntity } from './production.entity';

/**
 * One document of a production, with the numbers its pages bore when served. A number is given once
 * within a case's prefix: the database refuses two documents whose ranges overlap (a reproduction,
 * which keeps the numbers the document was first produced with, is the one exception).
 */
@Entity('production_documents')
@Check(
  'production_documents_confidentiality_check',
  `confidentiality IN ('NONE', 'CONFIDENTIAL', 'HIGHLY_CONFIDENTIAL')`,
)
@Check(
  'production_documents_numbered_whole',
  `pages > 0 AND (first_bates IS NULL) = (last_bates IS NULL) AND (first_bates IS NULL) = (sha256 IS NULL) AND (first_bates IS NULL) = (native IS NULL) AND (first_bates IS NULL OR (first_bates > 0 AND last_bates = first_bates + pages - 1))`,
)
@Exclusion(
  'production_documents_bates_unique',
  `USING gist (case_id WITH =, bates_prefix WITH =, int4range(first_bates, last_bates, '[]') WITH &&) WHERE (first_bates IS NOT NULL AND NOT reproduced)`,
)
@Index('production_documents_document_idx', ['documentId'])
export class ProductionDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  productionId!: string;

  @ManyToOne(() => ProductionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'production_id' })
  production?: Relation<ProductionEntity>;

  @PrimaryColumn({ type: 'uuid' })
  documentId!: string;

  @ManyToOne('DocumentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: object;

  /** Its place in the production: numbers run in this order. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  confidentiality!: Confidentiality;

  /** From whose files it was collected (the DAT's CUSTODIAN). */
  @Column({ type: 'text' })
  custodian!: string;

  // The production's case and prefix, kept here for the exclusion above.
  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  batesPrefix!: string;

  @Column({ type: 'int', nullable: true })
  firstBates!: number | null;

  @Column({ type: 'int', nullable: true })
  lastBates!: number | null;

  /** Pages it takes in the volume: a PDF's own, a native's slip sheet's one. */
  @Column({ type: 'int' })
  pages!: number;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  /** Produced in its native form with a slip sheet (not a PDF). */
  @Column({ type: 'boolean', nullable: true })
  native!: boolean | null;

  /** Produced before under these numbers, which it keeps. */
  @Column({ type: 'boolean', default: false })
  reproduced!: boolean;
}
