import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NoticeDispatcher } from '@parley/notifications';
import { HandlesJob, JobContext, JobHandler, PayloadOf } from '@parley/platform';
import { DataSource } from 'typeorm';
import { memberUserIds } from '../parties/party-members';
import { NotifyPartiesJob } from './notify-parties.job';

@Injectable()
@HandlesJob(NotifyPartiesJob)
export class NotifyPartiesHandler implements JobHandler<PayloadOf<typeof NotifyPartiesJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: NoticeDispatcher,
  ) {}

  async handle(payload: PayloadOf<typeof NotifyPartiesJob>, { jobId }: JobContext): Promise<void> {
    if (payload.partyIds.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const userIds = await memberUserIds(manager, payload.partyIds);
      await this.notices.deliver(
        manager,
        userIds.map((userId) => ({
          userId,
          caseId: payload.caseId,
          kind: payload.kind,
          message: payload.message,
          eventId: jobId,
        })),
      );
    });
  }
}
