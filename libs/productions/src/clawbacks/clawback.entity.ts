import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ClawbackOutcome } from '../production-enums';

/**
 * A producing party's notice that pages it produced are privileged (FRCP 26(b)(5)(B); FRE 502(b),
 * (d)), and the receiving party's answer; withdrawn when the claim is given up or decided against.
 */
@Entity('clawbacks')
@Check(
  'clawbacks_outcome_check',
  `outcome IS NULL OR outcome IN ('SEQUESTERED', 'RETURNED', 'DESTROYED', 'CHALLENGED')`,
)
@Check(
  'clawbacks_answer_whole',
  '(outcome IS NULL) = (answered_at IS NULL) AND (outcome IS NULL) = (answered_by_id IS NULL)',
)
@Check('clawbacks_range_check', 'first_bates > 0 AND last_bates >= first_bates')
@Check('clawbacks_withdrawn_whole', '(withdrawn_at IS NULL) = (withdrawn_by_id IS NULL)')
// A page is clawed back once, whichever production (or reproduction) carried it.
@Exclusion(
  'clawbacks_pages_once',
  `USING gist (case_id WITH =, bates_prefix WITH =, int4range(first_bates, last_bates, '[]') WITH &&) WHERE (withdrawn_at IS NULL)`,
)
@Index('clawbacks_case_idx', ['caseId', 'requestedAt'])
export class ClawbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productionId!: string;

  @ManyToOne('ProductionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'production_id' })
  production?: object;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  @Column({ type: 'uuid' })
  producingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'producing_party_id' })
  producingParty?: object;

  @Column({ type: 'uuid' })
  receivingPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_party_id' })
  receivingParty?: object;

  @Column({ type: 'text' })
  batesPrefix!: string;

  @Column({ type: 'int' })
  firstBates!: number;

  @Column({ type: 'int' })
  lastBates!: number;

  /** The privilege claimed and its basis, as the notice states them. */
  @Column({ type: 'text' })
  basis!: string;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: object;

  @Column({ type: 'timestamptz', precision: 3 })
  requestedAt!: Date;

  /** The day the receiving party must answer by; tracked as its deadline. */
  @Column({ type: 'date' })
  answerDueOn!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: ClawbackOutcome | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answered_by_id' })
  answeredBy?: object;

  /** The producing party gave up the claim (or the court rejected it): the pages are the other side's again. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'withdrawn_by_id' })
  withdrawnBy?: object;
}
