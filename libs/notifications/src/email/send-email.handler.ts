import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Clock,
  gatheredCalls,
  HandlesJob,
  JobContext,
  JobHandler,
  PayloadOf,
  preparedQuery,
} from '@parley/platform';
import { DataSource } from 'typeorm';
import { DeliveryStatus } from './email-delivery.entity';
import { Mailer } from './mailer';
import { SendEmailJob } from './send-email.job';

interface PendingEmail {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  deliveryKey: string;
  status: DeliveryStatus;
}

// Plain prepared statements: one email per notice, so these run as often as notices are delivered,
// and the emails sending at once read and record together (gatheredCalls).
const READ = `SELECT id, to_address AS "toAddress", subject, text, html, delivery_key AS "deliveryKey", status
                FROM email_deliveries WHERE id = ANY($1::uuid[])`;
const DELIVERED = `UPDATE email_deliveries
                      SET status = $2, delivered_at = $3, attempts = attempts + 1, last_error = NULL
                    WHERE id = ANY($1::uuid[])`;
const NOT_SENT = `UPDATE email_deliveries
                     SET attempts = attempts + 1, last_error = $2,
                         status = CASE WHEN $3::boolean THEN $4 ELSE status END
                   WHERE id = $1`;
const GATHER_MS = 3;

@Injectable()
@HandlesJob(SendEmailJob)
export class SendEmailHandler implements JobHandler<PayloadOf<typeof SendEmailJob>> {
  private readonly read = gatheredCalls<string, PendingEmail | null>(async (ids) => {
    const rows = await preparedQuery<PendingEmail>(this.dataSource, READ, [ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }, GATHER_MS);

  // Recorded once sent, before the job completes: a crash before this commits sends the email again
  // on the job's retry (with the same Message-ID), never loses it.
  private readonly recordDelivered = gatheredCalls<string, void>(async (ids) => {
    await preparedQuery(this.dataSource, DELIVERED, [ids, DeliveryStatus.DELIVERED, this.clock.now()]);
    return ids.map(() => undefined);
  }, GATHER_MS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async handle({ deliveryId }: PayloadOf<typeof SendEmailJob>, { attemptsMade }: JobContext): Promise<void> {
    const delivery = await this.read(deliveryId);
    // Sent already (a retry after a crash between sending and recording): nothing to do.
    if (!delivery || delivery.status === DeliveryStatus.DELIVERED) return;
    try {
      await this.mailer.send({
        to: delivery.toAddress,
        subject: delivery.subject,
        text: delivery.text,
        html: delivery.html,
        messageId: `<${delivery.deliveryKey}@parley>`,
      });
    } catch (error) {
      const last = attemptsMade + 1 >= (SendEmailJob.options?.attempts ?? 1);
      const message = String((error as Error).message).slice(0, 500);
      await preparedQuery(this.dataSource, NOT_SENT, [deliveryId, message, last, DeliveryStatus.FAILED]);
      throw error;
    }
    await this.recordDelivered(deliveryId);
  }
}
