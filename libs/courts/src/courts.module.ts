import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CourtCalendarStore } from './court-calendar.store';
import { CourtHolidayEntity } from './court-holiday.entity';
import { CourtEntity } from './court.entity';
import { CourtLoader } from './court.loader';
import { CourtsResolver } from './courts.resolver';
import { CourtsService } from './courts.service';

@Module({
  imports: [TypeOrmModule.forFeature([CourtEntity, CourtHolidayEntity])],
  providers: [CourtsService, CourtCalendarStore, CourtLoader, CourtsResolver],
  exports: [CourtsService, CourtCalendarStore, CourtLoader],
})
export class CourtsModule {}
