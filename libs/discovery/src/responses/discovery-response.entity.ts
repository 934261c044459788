import { ServiceMethod } from '@parley/deadlines';
import {
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

/**
 * A served response to a set: version 1 is the response, later versions supplement it (FRCP 26(e)).
 * Never updated once written.
 */
@Entity('discovery_responses')
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

  @Column({ type: 'uuid' })
  servedById!: string;

  @Column({ type: 'text' })
  signature!: string;

  /** Served after the due date (FRCP 33(b)(4) waiver and 36(a)(3) deemed admissions are flagged, not decided). */
  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ type: 'text' })
  paperSha256!: string;

  @OneToMany(() => ResponseItemEntity, (item) => item.response)
  items?: Relation<ResponseItemEntity[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
