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
import { ConferralMode, ConferralRequestStatus } from '../conferral-enums';
import { DisputeEntity } from '../disputes/dispute.entity';

/** One side's request to confer, with proposed times; the other side accepts, counters or declines. */
@Entity('conferral_requests')
@Index('conferral_requests_dispute_idx', ['disputeId', 'requestedAt'])
export class ConferralRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  disputeId!: string;

  @ManyToOne(() => DisputeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: Relation<DisputeEntity>;

  @Column({ type: 'uuid' })
  fromPartyId!: string;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'text' })
  mode!: ConferralMode;

  @Column({ type: 'timestamptz', array: true })
  proposedTimes!: Date[];

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text' })
  status!: ConferralRequestStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  requestedAt!: Date;

  /** The other side's last day to answer: the court's conferral response days, counted under FRCP 6. */
  @Column({ type: 'date', nullable: true })
  answerByOn!: string | null;

  /** The end of that day in the court's zone: unanswered after it, the request is an attempt to confer. */
  @Column({ type: 'timestamptz', nullable: true })
  answerBy!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById!: string | null;

  @Column({ type: 'text', nullable: true })
  answerMessage!: string | null;

  /** The time agreed, when accepted. */
  @Column({ type: 'timestamptz', nullable: true })
  acceptedTime!: Date | null;

  /** Times the other side offered instead, when countered. */
  @Column({ type: 'timestamptz', array: true, nullable: true })
  counterTimes!: Date[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
