import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, HandlesJob, JobContext, JobHandler, PayloadOf, preparedQuery } from '@parley/platform';
import { DataSource } from 'typeorm';
import { DeliveryStatus } from './email-delivery.entity';
import { Mailer } from './mailer';
import { SendEmailJob } from './send-email.job';

interface PendingEmail {
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  deliveryKey: string;
  status: DeliveryStatus;
}

// Plain prepared statements: one email per notice, so these run as often as notices are delivered.
const READ = `SELECT to_address AS "toAddress", subject, text, html, delivery_key AS "deliveryKey", status
                FROM email_deliveries WHERE id = $1`;
const DELIVERED = `UPDATE email_deliveries
                      SET status = $2, delivered_at = $3, attempts = attempts + 1, last_error = NULL
                    WHERE id = $1`;
const NOT_SENT = `UPDATE email_deliveries
                     SET attempts = attempts + 1, last_error = $2,
                         status = CASE WHEN $3::boolean THEN $4 ELSE status END
                   WHERE id = $1`;

@Injectable()
@HandlesJob(SendEmailJob)
export class SendEmailHandler implements JobHandler<PayloadOf<typeof SendEmailJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async handle({ deliveryId }: PayloadOf<typeof SendEmailJob>, { attemptsMade }: JobContext): Promise<void> {
    const [delivery] = await preparedQuery<PendingEmail>(this.dataSource, READ, [deliveryId]);
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
    await preparedQuery(this.dataSource, DELIVERED, [deliveryId, DeliveryStatus.DELIVERED, this.clock.now()]);
  }
}
