import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { DisputeEntity } from './dispute.entity';

/** A served request a dispute is about. */
@Entity('dispute_items')
@Index('dispute_items_item_idx', ['itemId'])
// One open dispute per item and side, whatever arrives at once: the database refuses a second.
@Index('dispute_items_one_open_key', ['itemId', 'requestingPartyId'], { unique: true, where: 'open' })
export class DisputeItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  disputeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => DisputeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: Relation<DisputeEntity>;

  // The discovery lib owns items: named, not imported.
  @ManyToOne('DiscoveryItemEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: object;

  @Column({ type: 'uuid' })
  setId!: string;

  /** The dispute's moving side, kept here for the uniqueness above. */
  @Column({ type: 'uuid' })
  requestingPartyId!: string;

  /** While the dispute is open (conferring or before the court); false once it is closed for good. */
  @Column({ type: 'boolean', default: true })
  open!: boolean;
}
