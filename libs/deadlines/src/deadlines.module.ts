import { Module } from '@nestjs/common';
import { DiscoveryModule as NestDiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@parley/accounts';
import { AuditModule } from '@parley/audit';
import { CasesModule } from '@parley/cases';
import { CourtsModule } from '@parley/courts';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { CourtCalendarResolver } from './court-calendar/court-calendar.resolver';
import { CourtCalendarService } from './court-calendar/court-calendar.service';
import { DeadlineFollowers } from './court-calendar/deadline-followers';
import { DeadlineRecomputer } from './court-calendar/deadline-recomputer';
import { DeadlineCalculator } from './deadline-calculator';
import { DeadlineEntity } from './deadline.entity';
import { DeadlineNoticeEntity } from './notices/deadline-notice.entity';
import { DeadlinesResolver } from './deadlines.resolver';
import { DeadlinesService } from './deadlines.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([DeadlineEntity, DeadlineNoticeEntity, CalendarFeedEntity]),
    NestDiscoveryModule,
    AccountsModule,
    AuditModule,
    CasesModule,
    CourtsModule,
  ],
  controllers: [CalendarController],
  providers: [
    DeadlinesService,
    DeadlineCalculator,
    DeadlinesResolver,
    CalendarService,
    CalendarResolver,
    DeadlineFollowers,
    DeadlineRecomputer,
    CourtCalendarService,
    CourtCalendarResolver,
  ],
  exports: [DeadlinesService, DeadlineCalculator],
})
export class DeadlinesModule {}
