import { Check, Column, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One link of a hash chain: a case's (what every party of it may see), a party's own (its private
 * work), or a court's. Append-only: a trigger in the migration refuses UPDATE and DELETE.
 */
@Entity('audit_events')
// Unique (chain owner, seq) so two writers can never fork a chain: an expression index (the owner is
// the party, the court or else the case), written by hand in the migration.
@Index('audit_events_chain_seq_key', { synchronize: false })
@Index('audit_events_case_position_idx', ['caseId', 'position'])
@Check(
  'audit_events_one_owner',
  '(party_id IS NULL OR court_id IS NULL) AND (case_id IS NOT NULL OR court_id IS NOT NULL)',
)
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null only on a court's chain. */
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** Set on a party's private chain. */
  @Column({ type: 'uuid', nullable: true })
  partyId!: string | null;

  /** Set on a court's chain. */
  @Column({ type: 'uuid', nullable: true })
  courtId!: string | null;

  /** 1, 2, 3 … within the chain. */
  @Column({ type: 'int' })
  seq!: number;

  /** Order across a case's chains, for one trail of what a reader may see. */
  @Column({ type: 'bigint', insert: false, update: false })
  @Generated('increment')
  position!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Null when the system acted (a deadline passing, a job). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  subjectType!: string;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;
}
