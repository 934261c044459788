import { DiscoveryItemEntity } from '@parley/discovery';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { DisputeEntity } from './dispute.entity';

/** A served request a dispute is about. */
@Entity('dispute_items')
@Index('dispute_items_item_idx', ['itemId'])
export class DisputeItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  disputeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => DisputeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: Relation<DisputeEntity>;

  @ManyToOne(() => DiscoveryItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<DiscoveryItemEntity>;

  @Column({ type: 'uuid' })
  setId!: string;
}
