import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { EscalationEntity } from './escalation.entity';
import type { Signer } from '@parley/papers';

/** One side's part of the joint letter: its position and final proposed compromise. */
@Entity('escalation_positions')
@Unique('escalation_positions_party_key', ['escalationId', 'partyId'])
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id' })
  escalation?: Relation<EscalationEntity>;

  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id' })
  party?: object;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  compromise!: string | null;

  @Column({ type: 'uuid' })
  submittedById!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt!: Date;

  /** Who signed this side's part of the joint letter, as on the day they did; null on older positions. */
  @Column({ type: 'jsonb', nullable: true })
  signer!: Signer | null;
}
