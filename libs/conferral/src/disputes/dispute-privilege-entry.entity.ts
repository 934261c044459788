import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { DisputeEntity } from './dispute.entity';

/**
 * A privilege log entry a dispute challenges (FRCP 26(b)(5)(A)): the withholding the requesting party
 * says the log does not justify. Its requests are among the dispute's items.
 */
@Entity('dispute_privilege_entries')
@Index('dispute_privilege_entries_entry_idx', ['entryId'])
export class DisputePrivilegeEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  disputeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => DisputeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: Relation<DisputeEntity>;

  // The productions lib owns log entries: named, not imported.
  @ManyToOne('PrivilegeLogEntryEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: object;
}
