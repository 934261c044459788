import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A request a produced document answers (FRCP 34(b)(2)(E)(i): organised by request). */
@Entity('production_items')
@Index('production_items_item_idx', ['itemId'])
export class ProductionItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  productionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  documentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @ManyToOne('ProductionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'production_id' })
  production?: object;

  // The discovery lib owns items: named, not imported.
  @ManyToOne('DiscoveryItemEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: object;
}
