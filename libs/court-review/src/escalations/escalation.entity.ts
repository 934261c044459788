import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EscalationStatus } from '../court-review-enums';
import { EscalationPacket } from '../packet/escalation-packet';

/** A dispute taken to the court, with the packet the court sees. */
@Entity('escalations')
@Index('escalations_court_status_idx', ['courtId', 'status', 'escalatedAt'])
@Index('escalations_dispute_idx', ['disputeId', 'escalatedAt'])
export class EscalationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  disputeId!: string;

  @ManyToOne('DisputeEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: object;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  /** The court whose staff see it. */
  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('CourtEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: object;

  @Column({ type: 'uuid' })
  escalatingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalating_party_id' })
  escalatingParty?: object;

  @Column({ type: 'uuid' })
  otherPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_party_id' })
  otherParty?: object;

  @Column({ type: 'text' })
  status!: EscalationStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  escalatedAt!: Date;

  @Column({ type: 'uuid' })
  escalatedById!: string;

  /** The other side's last day to add its part (the court's position response days). */
  @Column({ type: 'date' })
  positionDueOn!: string;

  /** Midnight ending positionDueOn in the court's time zone (FRCP 6(a)(4)): past it, the packet goes on alone. */
  @Column({ type: 'timestamptz' })
  positionWindowEndsAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'jsonb' })
  packet!: EscalationPacket;
}
