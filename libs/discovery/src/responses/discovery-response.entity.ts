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
import { ResponsePaperRecord, Verification } from '../papers/paper-records';

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
}
