import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@parley/audit';
import { CasesJobsModule } from '@parley/cases';
import { NotificationsJobsModule } from '@parley/notifications';
import { DeadlineEntity } from './deadline.entity';
import { DeadlineNoticeHandler } from './jobs/deadline-notice.handler';
import { DeadlinePassedRegistry } from './jobs/deadline-passed';
import { DeadlineSweeper } from './jobs/deadline-sweeper';
import { ScheduleDeadlineHandler } from './jobs/schedule-deadline.handler';
import { DeadlineNoticeEntity } from './notices/deadline-notice.entity';

/** The worker's part of deadlines: arming alarms, firing reminders and passing events, the sweeper. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DeadlineEntity, DeadlineNoticeEntity]),
    DiscoveryModule,
    AuditModule,
    CasesJobsModule,
    NotificationsJobsModule,
  ],
  providers: [DeadlinePassedRegistry, ScheduleDeadlineHandler, DeadlineNoticeHandler, DeadlineSweeper],
  exports: [DeadlineSweeper],
})
export class DeadlinesJobsModule {}
