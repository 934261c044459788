import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One link of a case's hash chain. Append-only: a trigger in the migration refuses UPDATE and DELETE,
 * and (case_id, seq) is unique so two writers can never fork the chain.
 */
@Entity('audit_events')
@Unique('audit_events_case_seq_key', ['caseId', 'seq'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** 1, 2, 3 … within the case. */
  @Column({ type: 'int' })
  seq!: number;

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
