import { ServiceMethod } from '@parley/deadlines';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
} from 'typeorm';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';
import { ResponseItemEntity } from './response-item.entity';
import { ResponsePaperRecord, Verification } from '../papers/paper-records';

/**
 * A served response to a set: version 1 is the response, later versions supplement it (FRCP 26(e)).
 * Never updated once written.
 */
@Entity('discovery_responses')
// Recorded from the mail: the scan, the day it arrived (and who entered it) go together.
@Check(
  'discovery_responses_served_or_recorded_check',
  'served_by_id IS NOT NULL OR recorded_by_id IS NOT NULL',
)
@Check(
  'discovery_responses_on_paper_check',
  '(scan_document_id IS NULL) = (received_on IS NULL) AND (scan_document_id IS NULL) = (recorded_by_id IS NULL)',
)
@Unique('discovery_responses_set_version_key', ['setId', 'version'])
export class DiscoveryResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  setId!: string;

  @ManyToOne(() => DiscoverySetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id' })
  set?: Relation<DiscoverySetEntity>;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'uuid' })
  respondingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'responding_party_id' })
  respondingParty?: object;

  @Column({ type: 'timestamptz' })
  servedAt!: Date;

  @Column({ type: 'date' })
  servedOn!: string;

  @Column({ type: 'text' })
  serviceMethod!: ServiceMethod;

  /** Null for a response recorded from the mail: its party is not on Parley (recordedById). */
  @Column({ type: 'uuid', nullable: true })
  servedById!: string | null;

  @Column({ type: 'text' })
  signature!: string;

  /** Served after the due date (FRCP 33(b)(4) waiver and 36(a)(3) deemed admissions are flagged, not decided). */
  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ type: 'text' })
  paperSha256!: string;

  /** The paper exactly as served; null for responses served before papers were kept. Read to print. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  paper?: ResponsePaperRecord | null;

  /**
   * The answering party's own oath on interrogatory answers (FRCP 33(b)(3), (5)); null when none was
   * given, and the response is then flagged unverified.
   */
  @Column({ type: 'jsonb', nullable: true })
  verification!: Verification | null;

  /** Interrogatory answers without that oath: flagged until a supplement carries it. */
  @Column({ type: 'boolean', default: false })
  unverified!: boolean;

  @OneToMany(() => ResponseItemEntity, (item) => item.response)
  items?: Relation<ResponseItemEntity[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

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
}
