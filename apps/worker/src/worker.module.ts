import { DynamicModule, Module } from '@nestjs/common';
import { CasesJobsModule } from '@parley/cases';
import { ConferralJobsModule } from '@parley/conferral';
import { CourtReviewJobsModule } from '@parley/court-review';
import { DeadlinesJobsModule } from '@parley/deadlines';
import { DiscoveryJobsModule } from '@parley/discovery';
import { ALL_ENTITIES } from '@parley/migrations';
import { NotificationsJobsModule } from '@parley/notifications';
import { ProductionsJobsModule } from '@parley/productions';
import { AppConfig, PlatformModule, WorkerRuntimeModule } from '@parley/platform';

/** The worker process: relays the outbox to BullMQ and runs every job. */
@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ entities: ALL_ENTITIES, processName: 'parley-worker', config }),
        WorkerRuntimeModule,
        CasesJobsModule,
        NotificationsJobsModule,
        DeadlinesJobsModule,
        DiscoveryJobsModule,
        ConferralJobsModule,
        CourtReviewJobsModule,
        ProductionsJobsModule,
      ],
    };
  }
}
