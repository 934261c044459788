import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, HandlesJob, JobContext, JobHandler, PayloadOf } from '@parley/platform';
import { DataSource } from 'typeorm';
import { DeliveryStatus, EmailDeliveryEntity } from './email-delivery.entity';
import { Mailer } from './mailer';
import { SendEmailJob } from './send-email.job';

@Injectable()
@HandlesJob(SendEmailJob)
export class SendEmailHandler implements JobHandler<PayloadOf<typeof SendEmailJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async handle({ deliveryId }: PayloadOf<typeof SendEmailJob>, { attemptsMade }: JobContext): Promise<void> {
    const repository = this.dataSource.getRepository(EmailDeliveryEntity);
    const delivery = await repository.findOneBy({ id: deliveryId });
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
      await repository.update(
        { id: deliveryId },
        {
          attempts: () => 'attempts + 1',
          lastError: String((error as Error).message).slice(0, 500),
          ...(last ? { status: DeliveryStatus.FAILED } : {}),
        },
      );
      throw error;
    }
    await repository.update(
      { id: deliveryId },
      {
        status: DeliveryStatus.DELIVERED,
        deliveredAt: this.clock.now(),
        attempts: () => 'attempts + 1',
        lastError: null,
      },
    );
  }
}
