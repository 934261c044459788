import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NoticeDispatcher } from '@parley/notifications';
import { HandlesJob, JobContext, JobHandler, PayloadOf } from '@parley/platform';
import { DataSource } from 'typeorm';
import { EscalationEntity } from '../escalations/escalation.entity';
import { courtStaffNotices } from './court-staff';
import { NotifyCourtStaffJob } from './notify-court-staff.job';

@Injectable()
@HandlesJob(NotifyCourtStaffJob)
export class NotifyCourtStaffHandler implements JobHandler<PayloadOf<typeof NotifyCourtStaffJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: NoticeDispatcher,
  ) {}

  async handle(
    { escalationId }: PayloadOf<typeof NotifyCourtStaffJob>,
    { jobId }: JobContext,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const escalation = await manager.findOneBy(EscalationEntity, { id: escalationId });
      if (escalation)
        await this.notices.deliver(manager, await courtStaffNotices(manager, escalation, jobId));
    });
  }
}
