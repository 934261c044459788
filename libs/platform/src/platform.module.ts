import { DynamicModule, Module } from '@nestjs/common';
import { ClockModule } from './clock/clock';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule, EntityList } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { OutboxModule } from './queue/queue.module';

export interface PlatformOptions {
  /** Every entity (from @parley/migrations). */
  entities: EntityList;
  /** Shown in pg_stat_activity: parley-api, parley-worker. */
  processName: string;
  /** Tests pass their own; processes read the environment. */
  config?: AppConfig;
}

/** What every Parley process stands on: validated config, pino logging, PostgreSQL, the outbox. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggingModule,
        DatabaseModule.forRoot(options.entities, options.processName),
        OutboxModule,
        ClockModule,
      ],
      exports: [ConfigModule, LoggingModule, OutboxModule, ClockModule],
    };
  }
}
