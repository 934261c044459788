import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { DiscoveryKind, SetStatus } from '../discovery-enums';
import { ServiceMethod } from '@parley/deadlines';
import { LegacyServiceRecipient } from '../papers/legacy-paper';
import { SetPaperRecord } from '../papers/paper-records';
import { DiscoveryItemEntity } from './discovery-item.entity';

/** One paper of discovery requests from one party to another. Immutable once served. */
@Entity('discovery_sets')
// Recorded from the mail: the scan, the day it arrived (and who entered it) go together.
@Check(
  'discovery_sets_on_paper_check',
  '(scan_document_id IS NULL) = (received_on IS NULL) AND (scan_document_id IS NULL) = (recorded_by_id IS NULL)',
)
@Index('discovery_sets_case_created_idx', ['caseId', 'createdAt'])
@Index('discovery_sets_parties_idx', ['servingPartyId', 'respondingPartyId', 'kind'])
export class DiscoverySetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  @Column({ type: 'uuid' })
  servingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'serving_party_id' })
  servingParty?: object;

  @Column({ type: 'uuid' })
  respondingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'responding_party_id' })
  respondingParty?: object;

  @Column({ type: 'text' })
  kind!: DiscoveryKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  status!: SetStatus;

  @Column({ type: 'uuid' })
  createdById!: string;

  @OneToMany(() => DiscoveryItemEntity, (item) => item.set)
  items?: Relation<DiscoveryItemEntity[]>;

  /** When service was made (for early Rule 34 requests, the Rule 26(f) conference: FRCP 26(d)(2)(B)). */
  @Column({ type: 'timestamptz', nullable: true })
  servedAt!: Date | null;

  /** The court's calendar day of service (FRCP 6(a)(4)); the period counts from it. */
  @Column({ type: 'date', nullable: true })
  servedOn!: string | null;

  /** When early Rule 34 requests were delivered before the conference (FRCP 26(d)(2)(A)). */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  serviceMethod!: ServiceMethod | null;

  @Column({ type: 'uuid', nullable: true })
  servedById!: string | null;

  /** The typed "/s/ Name" (FRCP 26(g)(1)). */
  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  /** Who was served how, for sets served before the paper was kept whole (see `paper`). */
  @Column({ type: 'jsonb', nullable: true })
  certificateOfService!: LegacyServiceRecipient[] | null;

  /** SHA-256 of the paper as served: its canonical JSON (see papers/served-paper.ts). */
  @Column({ type: 'text', nullable: true })
  paperSha256!: string | null;

  /**
   * The paper exactly as served, so it prints as it was served whatever changes later (a name, an
   * address). Null for sets served before papers were kept; those are rebuilt and checked by hash.
   * Read only when printing: lists never need it.
   */
  @Column({ type: 'jsonb', nullable: true, select: false })
  paper?: SetPaperRecord | null;

  @Column({ type: 'date', nullable: true })
  responseDueOn!: string | null;

  /**
   * Flagged when served: responses fall due after the discovery cut-off, so the requests are not
   * enforceable without a court order (N.D. Cal. Civil L.R. 37-3).
   */
  @Column({ type: 'boolean', default: false })
  dueAfterCutoff!: boolean;

  /** Recorded from the mail (a party not on Parley served it): who entered it in Parley. */
  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  /** The day the mailed paper arrived; time runs from the day it was mailed (FRCP 5(b)(2)(C)). */
  @Column({ type: 'date', nullable: true })
  receivedOn!: string | null;

  /** The scan it was entered from: the paper as served, shared with every party when recorded. */
  @Column({ type: 'uuid', nullable: true })
  scanDocumentId!: string | null;

  @ManyToOne('DocumentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scan_document_id' })
  scanDocument?: object;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
