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
import { ConferralEventKind, ConferralMode, ConfirmationStatus } from '../conferral-enums';
import { DisputeEntity } from '../disputes/dispute.entity';

/** A conference held, or a letter or email sent through Parley, in a dispute. */
@Entity('conferral_events')
@Index('conferral_events_dispute_idx', ['disputeId', 'heldAt'])
export class ConferralEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  disputeId!: string;

  @ManyToOne(() => DisputeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: Relation<DisputeEntity>;

  @Column({ type: 'text' })
  kind!: ConferralEventKind;

  @Column({ type: 'text' })
  mode!: ConferralMode;

  /** When the conference was held, or the letter sent. */
  @Column({ type: 'timestamptz', precision: 3 })
  heldAt!: Date;

  @Column({ type: 'int', nullable: true })
  durationMinutes!: number | null;

  @Column({ type: 'text', array: true })
  participants!: string[];

  /** Many standing orders ask whether lead counsel took part. */
  @Column({ type: 'boolean', nullable: true })
  leadCounselParticipated!: boolean | null;

  /** For a conference, what was discussed; for a letter, its body. */
  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  agreed!: string | null;

  @Column({ type: 'text', nullable: true })
  stillDisputed!: string | null;

  /** The side that recorded the conference, or sent the letter. */
  @Column({ type: 'uuid' })
  fromPartyId!: string;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @Column({ type: 'text' })
  confirmation!: ConfirmationStatus;

  @Column({ type: 'text', nullable: true })
  contestReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
