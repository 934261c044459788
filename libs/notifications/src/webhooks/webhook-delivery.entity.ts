import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
} from 'typeorm';
import { DeliveryStatus } from '../email/email-delivery.entity';
import { NotificationKind } from '../notification-kind';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** What the endpoint receives (with the delivery id added). */
export interface WebhookPayload {
  event: NotificationKind;
  caseId: string | null;
  message: string;
  occurredAt: string;
  eventId: string;
}

/** One notice for one endpoint. Delivered once, in order within its case (seq). */
@Entity('webhook_deliveries')
@Unique('webhook_deliveries_event_key', ['endpointId', 'eventKey'])
@Index('webhook_deliveries_queue_idx', ['endpointId', 'caseKey', 'seq'])
@Index('webhook_deliveries_pending_idx', ['endpointId', 'caseKey', 'txid', 'seq'], {
  where: `status = 'PENDING'`,
})
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint' })
  @Generated('increment')
  seq!: number;

  /**
   * The transaction that wrote the row. A queue goes out in this order, then seq's: a sequence number
   * is taken before its transaction commits, so a lower seq may still become visible after a higher
   * one was delivered; a transaction id below every running one's never can (DeliverWebhooksHandler).
   */
  @Column({ type: 'bigint', default: () => 'txid_current()', insert: false, update: false })
  txid!: string;

  @Column({ type: 'uuid' })
  endpointId!: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: Relation<WebhookEndpointEntity>;

  /** The case, or "none": deliveries of one endpoint and case go out one after another, in order. */
  @Column({ type: 'text' })
  caseKey!: string;

  /** Event and recipient: the same notice never goes to an endpoint twice. */
  @Column({ type: 'text' })
  eventKey!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'jsonb' })
  payload!: WebhookPayload;

  @Column({ type: 'text' })
  status!: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
