import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { AdmissionAnswer, ProductionAnswer } from '../discovery-enums';
import { DiscoveryItemEntity } from '../sets/discovery-item.entity';
import { DiscoveryResponseEntity } from './discovery-response.entity';

/** The answer to one request within a response. */
@Entity('discovery_response_items')
@Unique('discovery_response_items_response_item_key', ['responseId', 'itemId'])
export class ResponseItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => DiscoveryResponseEntity, (response) => response.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: Relation<DiscoveryResponseEntity>;

  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => DiscoveryItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<DiscoveryItemEntity>;

  /** The answer under oath (FRCP 33(b)(3)), or an explanation (FRCP 36(a)(4)). */
  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  /** Each objection stated with specificity (FRCP 33(b)(4), 34(b)(2)(B)). */
  @Column({ type: 'text', array: true })
  objections!: string[];

  @Column({ type: 'text', nullable: true })
  admission!: AdmissionAnswer | null;

  @Column({ type: 'text', nullable: true })
  production!: ProductionAnswer | null;
}
