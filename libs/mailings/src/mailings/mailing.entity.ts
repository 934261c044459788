import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MailingPaperKind } from '../mailing-enums';
import { CoverFacts } from '../packet/cover-facts';

/**
 * A paper Parley served or sent for a party, to a party not on Parley: to print and mail. Unmailed, it
 * is a reminder to the sender; marked mailed, its certificate of service carries that day.
 */
@Entity('mailings')
@Unique('mailings_paper_party_key', ['paperKind', 'paperId', 'partyId'])
@Index('mailings_case_prepared_idx', ['caseId', 'preparedAt'])
@Index('mailings_court_prepared_idx', ['courtId', 'preparedAt'])
// Sent by one party or by the court, never both.
@Check('mailings_one_sender', '(from_party_id IS NULL) <> (court_id IS NULL)')
export class MailingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  /** The party it goes to: not on Parley when it was prepared. */
  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id' })
  party?: object;

  /** The party that sends it, whose members see and mail it; null when the court sends it. */
  @Column({ type: 'uuid', nullable: true })
  fromPartyId!: string | null;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_party_id' })
  fromParty?: object;

  /** The court that sends it (its order), whose staff see and mail it; null when a party sends it. */
  @Column({ type: 'uuid', nullable: true })
  courtId!: string | null;

  @ManyToOne('CourtEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'court_id' })
  court?: object;

  /** The address used, as it was when the paper was served. */
  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text' })
  paperKind!: MailingPaperKind;

  /** The set, response or conferral event it carries. */
  @Column({ type: 'uuid' })
  paperId!: string;

  @Column({ type: 'text' })
  paperTitle!: string;

  /** What the cover sheet and certificate say, fixed when prepared. */
  @Column({ type: 'jsonb' })
  cover!: CoverFacts;

  /** The day the cover sheet gives for an answer, in the court's zone; null where none is due. */
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  /** The day the paper gives as its service or sending: it cannot have been mailed before. */
  @Column({ type: 'date' })
  servedOn!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  preparedAt!: Date;

  @Column({ type: 'uuid' })
  preparedById!: string;

  @Column({ type: 'date', nullable: true })
  mailedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  mailedById!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  markedAt!: Date | null;
}
