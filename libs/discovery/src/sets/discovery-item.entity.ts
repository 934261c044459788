import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { DiscoverySetEntity } from './discovery-set.entity';

/** One numbered request of a set. */
@Entity('discovery_items')
@Unique('discovery_items_set_number_key', ['setId', 'number'])
export class DiscoveryItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  setId!: string;

  @ManyToOne(() => DiscoverySetEntity, (set) => set.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id' })
  set?: Relation<DiscoverySetEntity>;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  text!: string;

  /** Discrete subparts; each counts toward the limit of FRCP 33(a)(1) (an item without counts as one). */
  @Column({ type: 'int' })
  subparts!: number;
}
