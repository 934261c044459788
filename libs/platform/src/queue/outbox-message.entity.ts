import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job to run, written in the same transaction as the change that caused it; the worker relays
 * it to BullMQ. A Redis outage therefore never loses a committed fact.
 */
@Entity('outbox_messages')
@Index('outbox_messages_pending_idx', ['seq'], { where: 'relayed_at IS NULL' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Relay order. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq!: number;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}
