import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { RulingOutcome } from '../court-review-enums';
import { EscalationEntity } from '../escalations/escalation.entity';

/** The court's ruling on an escalated dispute. Never updated. */
@Entity('rulings')
export class RulingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', unique: true })
  escalationId!: string;

  @OneToOne(() => EscalationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id' })
  escalation?: Relation<EscalationEntity>;

  @Column({ type: 'text' })
  outcome!: RulingOutcome;

  @Column({ type: 'text' })
  orderText!: string;

  @Column({ type: 'int', nullable: true })
  complianceDays!: number | null;

  @Column({ type: 'date', nullable: true })
  complianceDueOn!: string | null;

  /** The party ordered to comply. */
  @Column({ type: 'uuid', nullable: true })
  orderedPartyId!: string | null;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ordered_party_id' })
  orderedParty?: object;

  @Column({ type: 'uuid' })
  ruledById!: string;

  @Column({ type: 'text' })
  ruledByName!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  ruledAt!: Date;
}
