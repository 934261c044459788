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
import { DisputeEntity } from '../disputes/dispute.entity';

/**
 * A party's certification that it conferred or attempted to confer in good faith (FRCP 37(a)(1)),
 * with a hash of the conferral records it relies on. Never updated: a new one replaces it in effect.
 */
@Entity('certifications')
@Index('certifications_dispute_idx', ['disputeId', 'signedAt'])
export class CertificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  disputeId!: string;

  @ManyToOne(() => DisputeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: Relation<DisputeEntity>;

  @Column({ type: 'uuid' })
  partyId!: string;

  @Column({ type: 'text' })
  statement!: string;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ type: 'uuid' })
  signedById!: string;

  @Column({ type: 'text' })
  signedByName!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  signedAt!: Date;

  /** The conferral requests and events relied on. */
  @Column({ type: 'uuid', array: true })
  recordIds!: string[];

  /** SHA-256 of those records as they stood when signed. */
  @Column({ type: 'text' })
  recordsSha256!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
