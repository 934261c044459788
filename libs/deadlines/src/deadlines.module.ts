import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@parley/audit';
import { CasesModule } from '@parley/cases';
import { CourtsModule } from '@parley/courts';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { DeadlineCalculator } from './deadline-calculator';
import { DeadlineEntity } from './deadline.entity';
import { DeadlineNoticeEntity } from './notices/deadline-notice.entity';
import { DeadlinesResolver } from './deadlines.resolver';
import { DeadlinesService } from './deadlines.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([DeadlineEntity, DeadlineNoticeEntity, CalendarFeedEntity]),
    AuditModule,
    CasesModule,
    CourtsModule,
  ],
  controllers: [CalendarController],
  providers: [DeadlinesService, DeadlineCalculator, DeadlinesResolver, CalendarService, CalendarResolver],
  exports: [DeadlinesService, DeadlineCalculator],
})
export class DeadlinesModule {}
