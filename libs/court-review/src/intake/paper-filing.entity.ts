import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PaperFilingKind, PaperFilingStatus, RulingOutcome } from '../court-review-enums';

/** One element the gate found missing, in words, as the proposed order sets it out. */
export interface FilingVerdict {
  open: boolean;
  missing: Array<{ code: string; explanation: string }>;
  explanation: string;
}

/**
 * A paper a party mailed to the court, recorded by the court's staff from its scan (DOMAIN.md, "Paper
 * that reaches the court"): what it is, who sent it and when, what the case's record says of it (the
 * gate run for the filer as movant), and the order the court entered on it.
 */
@Entity('paper_filings')
@Check(
  'paper_filings_kind_check',
  `kind IN ('DISCOVERY_FILED_WITH_COURT', 'MOTION_TO_COMPEL', 'OTHER_DISCOVERY_MOTION')`,
)
@Check('paper_filings_status_check', `status IN ('AWAITING_RESPONSE', 'READY_FOR_ORDER', 'ORDER_ENTERED')`)
@Check('paper_filings_mailed_before_received', 'mailed_on <= received_on')
@Check('paper_filings_certification_page_check', 'certification_page > 0')
// An answer is given whole: who, when, and either the requests or that they were never served.
@Check(
  'paper_filings_response_whole',
  `(responded_at IS NULL) = (respondent_party_id IS NULL) AND (responded_at IS NULL) = (responded_by_id IS NULL) AND (responded_at IS NULL) = (not_served IS NULL) AND (responded_at IS NULL) = (position IS NULL)`,
)
// An order is entered whole, and only then is the filing's status ORDER_ENTERED.
@Check(
  'paper_filings_order_whole',
  `(status = 'ORDER_ENTERED') = (order_text IS NOT NULL) AND (order_text IS NULL) = (outcome IS NULL) AND (order_text IS NULL) = (ordered_by_id IS NULL) AND (order_text IS NULL) = (ordered_at IS NULL)`,
)
@Index('paper_filings_court_status_idx', ['courtId', 'status', 'recordedAt'])
export class PaperFilingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  /** The case's court, whose intake queue it is in. */
  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('CourtEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: object;

  @Column({ type: 'uuid' })
  fromPartyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_party_id' })
  fromParty?: object;

  @Column({ type: 'text' })
  kind!: PaperFilingKind;

  @Column({ type: 'text' })
  status!: PaperFilingStatus;

  @Column({ type: 'date' })
  receivedOn!: string;

  /** The day mailed; for a prisoner, the day handed to prison staff (Houston v. Lack). */
  @Column({ type: 'date' })
  mailedOn!: string;

  @Column({ type: 'uuid' })
  scanDocumentId!: string;

  @ManyToOne('DocumentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scan_document_id' })
  scan?: object;

  /** The page of the paper where its meet-and-confer certification is, as the clerk found it; null: none. */
  @Column({ type: 'int', nullable: true })
  certificationPage!: number | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: object;

  @Column({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;

  /** A motion: the day the other side's answer (its link to the requests, and its position) is due. */
  @Column({ type: 'date', nullable: true })
  responseDueOn!: string | null;

  /** The party that answered the motion, by whom and when. */
  @Column({ type: 'uuid', nullable: true })
  respondentPartyId!: string | null;

  @ManyToOne('PartyEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'respondent_party_id' })
  respondentParty?: object;

  @Column({ type: 'uuid', nullable: true })
  respondedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responded_by_id' })
  respondedBy?: object;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  respondedAt!: Date | null;

  /** The answering side says the requests the motion concerns were never served on it. */
  @Column({ type: 'boolean', nullable: true })
  notServed!: boolean | null;

  @Column({ type: 'text', nullable: true })
  position!: string | null;

  /** The requests the answering side linked the motion to. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  itemIds!: string[];

  /** The escalation a motion on a full record became, before the court like any other. */
  @Column({ type: 'uuid', nullable: true })
  escalationId!: string | null;

  @ManyToOne('EscalationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'escalation_id' })
  escalation?: object;

  /** The gate for the filer as movant on the case's record, when last judged. */
  @Column({ type: 'jsonb' })
  verdict!: FilingVerdict;

  @Column({ type: 'text' })
  proposedOrder!: string;

  @Column({ type: 'text', nullable: true })
  orderText!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: RulingOutcome | null;

  @Column({ type: 'uuid', nullable: true })
  orderedById!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ordered_by_id' })
  orderedBy?: object;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  orderedAt!: Date | null;
}
