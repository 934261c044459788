import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Privilege } from '../production-enums';

/**
 * A document withheld (or partly produced) on a claim of privilege, described as FRCP 26(b)(5)(A)
 * requires without revealing what is privileged. Its party's draft until served on a log; then fixed.
 */
@Entity('privilege_log_entries')
@Check('privilege_log_entries_privilege_check', `privilege IN ('ATTORNEY_CLIENT', 'WORK_PRODUCT', 'OTHER')`)
// "Other" privileges are named with their basis; every claim may state one.
@Check('privilege_log_entries_other_basis', `privilege <> 'OTHER' OR basis IS NOT NULL`)
@Check('privilege_log_entries_numbered_when_served', '(log_id IS NULL) = (number IS NULL)')
@Check(
  'privilege_log_entries_range_whole',
  '(bates_first IS NULL) = (bates_last IS NULL) AND (bates_first IS NULL OR bates_last >= bates_first)',
)
@Index('privilege_log_entries_set_idx', ['setId', 'producingPartyId', 'number'], { unique: true })
@Index('privilege_log_entries_log_idx', ['logId'])
export class PrivilegeLogEntryEntity {
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

  /** The party that served the requests: the log is served on it. */
  @Column({ type: 'uuid' })
  receivingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_party_id' })
  receivingParty?: object;

  @Column({ type: 'uuid' })
  setId!: string;

  @ManyToOne('DiscoverySetEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'set_id' })
  set?: object;

  /** The requests of the set it withholds from. */
  @Column({ type: 'uuid', array: true })
  itemIds!: string[];

  /** Its number on the party's log for the set (1, 2, …), as it is cited; given when served. */
  @Column({ type: 'int', nullable: true })
  number!: number | null;

  /** The served log it is on; null while a draft. */
  @Column({ type: 'uuid', nullable: true })
  logId!: string | null;

  @ManyToOne('PrivilegeLogEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'log_id' })
  log?: object;

  /** The withheld document's date. */
  @Column({ type: 'date' })
  documentDate!: string;

  @Column({ type: 'text' })
  author!: string;

  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column({ type: 'text' })
  documentType!: string;

  /** Its subject matter, described without revealing the privileged content. */
  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  privilege!: Privilege;

  @Column({ type: 'text', nullable: true })
  basis!: string | null;

  /** Where the document was partly produced (redacted): the range of its produced pages. */
  @Column({ type: 'text', nullable: true })
  batesPrefix!: string | null;

  @Column({ type: 'int', nullable: true })
  batesFirst!: number | null;

  @Column({ type: 'int', nullable: true })
  batesLast!: number | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: object;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** The order entries were added in, which numbers them when served (two may share an instant). */
  @Column({ type: 'int' })
  @Generated('increment')
  addedOrder!: number;
}
