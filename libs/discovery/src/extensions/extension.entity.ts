import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';

export enum ExtensionStatus {
  /** One side asked; it takes effect when the other agrees to the same date. */
  PROPOSED = 'PROPOSED',
  /** Both sides agreed: a stipulation under FRCP 29(b). */
  AGREED = 'AGREED',
  /** Replaced by a later proposal. */
  SUPERSEDED = 'SUPERSEDED',
}

/** A stipulated new response date for a set. */
@Entity('discovery_extensions')
@Index('discovery_extensions_set_idx', ['setId', 'createdAt'])
export class ExtensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  setId!: string;

  @ManyToOne(() => DiscoverySetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id' })
  set?: Relation<DiscoverySetEntity>;

  @Column({ type: 'date' })
  newDueOn!: string;

  @Column({ type: 'date' })
  previousDueOn!: string;

  @Column({ type: 'uuid' })
  proposedByPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposed_by_party_id' })
  proposedByParty?: object;

  @Column({ type: 'uuid' })
  proposedById!: string;

  @Column({ type: 'text' })
  status!: ExtensionStatus;

  @Column({ type: 'uuid', nullable: true })
  agreedByPartyId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  agreedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  agreedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
