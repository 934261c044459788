import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationsService } from '@parley/notifications';
import { HandlesJob, JobContext, JobHandler, PayloadOf } from '@parley/platform';
import { DataSource, In } from 'typeorm';
import { MembershipEntity } from '../parties/membership.entity';
import { NotifyPartiesJob } from './notify-parties.job';

@Injectable()
@HandlesJob(NotifyPartiesJob)
export class NotifyPartiesHandler implements JobHandler<PayloadOf<typeof NotifyPartiesJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(payload: PayloadOf<typeof NotifyPartiesJob>, { jobId }: JobContext): Promise<void> {
    if (payload.partyIds.length === 0) return;
    const members = await this.dataSource.getRepository(MembershipEntity).find({
      where: { caseId: payload.caseId, partyId: In(payload.partyIds) },
      select: { userId: true },
    });
    await this.notifications.deliverInApp(
      [...new Set(members.map((m) => m.userId))].map((userId) => ({
        userId,
        caseId: payload.caseId,
        kind: payload.kind,
        message: payload.message,
        eventId: jobId,
      })),
    );
  }
}
