import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { DeadlineBasis } from './deadline-basis';
import { DeadlineKind, DeadlineStatus } from './deadline-enums';

export interface StoredStep {
  rule: string;
  text: string;
  date: string;
}

/** A date a party must act by, kept with the computation that produced it. */
@Entity('deadlines')
@Index('deadlines_case_due_idx', ['caseId', 'dueOn'])
@Unique('deadlines_subject_kind_key', ['subjectId', 'kind'])
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('CaseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: object;

  /** The party that must act. */
  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('PartyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id' })
  party?: object;

  @Column({ type: 'text' })
  kind!: DeadlineKind;

  /** What the deadline is about, e.g. DiscoverySet. */
  @Column({ type: 'text' })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'text' })
  status!: DeadlineStatus;

  /** How dueOn was reached, step by step (FRCP 6); for a stipulated date, the stipulation. */
  @Column({ type: 'jsonb' })
  steps!: StoredStep[];

  /** The count that gave dueOn, to count again when the court's calendar changes; null for a fixed date. */
  @Column({ type: 'jsonb', nullable: true })
  basis!: DeadlineBasis | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
