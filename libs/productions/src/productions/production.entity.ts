import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProductionStatus } from '../production-enums';

/**
 * Documents one party produces to another in answer to a served Rule 34 set (FRCP 34(b)(2)(E)): a
 * draft while it is put together, then served as one numbered, stamped volume that never changes.
 */
@Entity('productions')
@Check('productions_status_check', `status IN ('DRAFT', 'SERVED')`)
// Served whole: numbers, volume, service and load files together, and only then SERVED.
@Check(
  'productions_served_whole',
  `(status = 'SERVED') = (served_at IS NOT NULL) AND (served_at IS NULL) = (first_bates IS NULL) AND (served_at IS NULL) = (volume IS NULL) AND (served_at IS NULL) = (volume_key IS NULL) AND (served_at IS NULL) = (dat IS NULL) AND (served_at IS NULL) = (opt IS NULL) AND (served_at IS NULL) = (signature IS NULL)`,
)
@Check('productions_range_check', 'first_bates IS NULL OR (first_bates > 0 AND last_bates >= first_bates)')
@Index('productions_case_idx', ['caseId', 'createdAt'])
@Index('productions_set_idx', ['setId'])
export class ProductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  @Column({ type: 'uuid' })
  producingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'producing_party_id' })
  producingParty?: object;

  /** The party that served the requests, to whom the documents go. */
  @Column({ type: 'uuid' })
  receivingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_party_id' })
  receivingParty?: object;

  /** The Rule 34 set it answers. */
  @Column({ type: 'uuid' })
  setId!: string;

  @ManyToOne('DiscoverySetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'set_id' })
  set?: object;

  @Column({ type: 'text' })
  batesPrefix!: string;

  @Column({ type: 'text' })
  status!: ProductionStatus;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: object;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** The volume's name in its load files, e.g. DEF001: the prefix and its served volumes' count. */
  @Column({ type: 'text', nullable: true })
  volume!: string | null;

  @Column({ type: 'int', nullable: true })
  firstBates!: number | null;

  @Column({ type: 'int', nullable: true })
  lastBates!: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  servedAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  servedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  servedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'served_by_id' })
  servedBy?: object;

  @Column({ type: 'text', nullable: true })
  serviceMethod!: string | null;

  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  /** Where the volume zip is kept in the document storage. */
  @Column({ type: 'text', nullable: true })
  volumeKey!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  volumeSha256!: string | null;

  @Column({ type: 'bigint', nullable: true })
  volumeSize!: string | null;

  /** The Concordance DAT and Opticon OPT load files, as packed in the volume. */
  @Column({ type: 'text', nullable: true })
  dat!: string | null;

  @Column({ type: 'text', nullable: true })
  opt!: string | null;
}
