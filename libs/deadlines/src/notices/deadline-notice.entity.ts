import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
} from 'typeorm';
import { DeadlineEntity } from '../deadline.entity';

export enum DeadlineNoticeKind {
  REMINDER_7 = 'REMINDER_7',
  REMINDER_3 = 'REMINDER_3',
  REMINDER_1 = 'REMINDER_1',
  /** The end of the last day (FRCP 6(a)(4)): the deadline's passing event. */
  PASSED = 'PASSED',
}

export const REMINDER_KINDS: Record<number, DeadlineNoticeKind> = {
  7: DeadlineNoticeKind.REMINDER_7,
  3: DeadlineNoticeKind.REMINDER_3,
  1: DeadlineNoticeKind.REMINDER_1,
};

/**
 * When something is due to happen about a deadline, and whether it has. The database holds the truth;
 * BullMQ's delayed jobs are the alarm clock, and the sweeper resets any alarm Redis lost.
 */
@Entity('deadline_notices')
@Unique('deadline_notices_deadline_kind_key', ['deadlineId', 'kind'])
@Index('deadline_notices_pending_idx', ['fireAt'], { where: 'fired_at IS NULL AND cancelled_at IS NULL' })
export class DeadlineNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  deadlineId!: string;

  @ManyToOne(() => DeadlineEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deadline_id' })
  deadline?: Relation<DeadlineEntity>;

  @Column({ type: 'text' })
  kind!: DeadlineNoticeKind;

  @Column({ type: 'timestamptz' })
  fireAt!: Date;

  /** The due date it was computed for: a job for another date is stale and does nothing. */
  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'timestamptz', nullable: true })
  firedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}

export const jobIdOf = (deadlineId: string, kind: DeadlineNoticeKind) =>
  `deadline:${deadlineId}:${kind.toLowerCase()}`;
