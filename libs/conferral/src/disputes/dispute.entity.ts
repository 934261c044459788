import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DisputeStatus } from '../conferral-enums';

/** A disagreement over specific served items between the requesting and the responding party. */
@Entity('disputes')
@Index('disputes_case_opened_idx', ['caseId', 'openedAt'])
export class DisputeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  /** The party that served the requests in dispute. */
  @Column({ type: 'uuid' })
  requestingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requesting_party_id' })
  requestingParty?: object;

  @Column({ type: 'uuid' })
  respondingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'responding_party_id' })
  respondingParty?: object;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  status!: DisputeStatus;

  /** Conferral counts from here: the latest response in dispute, or the date it was due (FRCP 37(a)(1)). */
  @Column({ type: 'timestamptz' })
  conferFrom!: Date;

  @Column({ type: 'uuid' })
  openedById!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  openedAt!: Date;

  /**
   * When the court last returned the dispute to confer (RETURNED_TO_CONFER): only conferral and a
   * certification after it count toward escalating it again.
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  returnedToConferAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
