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
