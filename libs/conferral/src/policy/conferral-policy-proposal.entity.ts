import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum PolicyProposalStatus {
  PROPOSED = 'PROPOSED',
  IN_EFFECT = 'IN_EFFECT',
  SUPERSEDED = 'SUPERSEDED',
}

/**
 * A stipulation on what counts as conferral (FRCP 29), or the court's order on it. It sets the case's
 * policy only when every party has signed it, or when the court orders it.
 */
@Entity('conferral_policy_proposals')
@Index('conferral_policy_proposals_case_idx', ['caseId', 'recordedAt'])
export class ConferralPolicyProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  // The cases lib owns cases: named, not imported.
  @ManyToOne('CaseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  @Column({ type: 'boolean' })
  lettersQualify!: boolean;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  status!: PolicyProposalStatus;

  /** STIPULATION or COURT_ORDER. */
  @Column({ type: 'text' })
  basis!: 'STIPULATION' | 'COURT_ORDER';

  @Column({ type: 'uuid', nullable: true })
  proposedByPartyId!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  agreedPartyIds!: string[];

  @Column({ type: 'uuid' })
  recordedById!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  effectiveAt!: Date | null;
}
