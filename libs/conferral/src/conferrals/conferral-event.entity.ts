import {
  Check,
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
import type { LetterPaperRecord } from '../letters/letter-paper';
import { ConferralRequestEntity } from './conferral-request.entity';

/**
 * A conference held, a letter or email sent through Parley, or a requester's record that the other
 * side did not attend (NO_SHOW, tied to its request), in a dispute.
 */
@Entity('conferral_events')
// Recorded from the mail: the scan, the day it arrived (and who entered it) go together.
@Check('conferral_events_on_paper_check', '(scan_document_id IS NULL) = (received_on IS NULL)')
@Index('conferral_events_dispute_idx', ['disputeId', 'heldAt'])
// One record of an absence per request.
@Index('conferral_events_one_no_show_key', ['requestId'], { unique: true, where: "kind = 'NO_SHOW'" })
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

  /** When the conference was held, the letter sent, or the time not kept was. */
  @Column({ type: 'timestamptz', precision: 3 })
  heldAt!: Date;

  /**
   * When it was recorded, on Parley's clock: a certification vouches only for the records that exist
   * when it is signed (DOMAIN.md, "The gate, closed to gaming").
   */
  @Column({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;

  /** For NO_SHOW: the request whose accepted or offered time was not kept. */
  @Column({ type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => ConferralRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<ConferralRequestEntity>;

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

  /** The side that recorded the conference or the absence, or sent the letter. */
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

  /** A letter as sent, kept whole (libs/conferral/src/letters); lists never load it. Null for conferences. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  paper?: LetterPaperRecord | null;

  @Column({ type: 'text', nullable: true })
  paperSha256!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The day the mailed paper arrived; time runs from the day it was mailed (FRCP 5(b)(2)(C)). */
  @Column({ type: 'date', nullable: true })
  receivedOn!: string | null;

  /** The scan it was entered from: the paper as served, shared with every party when recorded. */
  @Column({ type: 'uuid', nullable: true })
  scanDocumentId!: string | null;

  @ManyToOne('DocumentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scan_document_id' })
  scanDocument?: object;
}
