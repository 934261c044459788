import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@parley/audit';
import { CasesModule } from '@parley/cases';
import { CourtsModule } from '@parley/courts';
import { DeadlineCalculator } from './deadline-calculator';
import { DeadlineEntity } from './deadline.entity';
import { DeadlinesResolver } from './deadlines.resolver';
import { DeadlinesService } from './deadlines.service';

@Module({
  imports: [TypeOrmModule.forFeature([DeadlineEntity]), AuditModule, CasesModule, CourtsModule],
  providers: [DeadlinesService, DeadlineCalculator, DeadlinesResolver],
  exports: [DeadlinesService, DeadlineCalculator],
})
export class DeadlinesModule {}
