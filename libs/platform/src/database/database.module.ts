import { DynamicModule, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, EntitySchema } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG, InjectConfig } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';
import { withoutPreparedStatements } from './prepared-query';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = Array<Function | EntitySchema>;

/** DATABASE_PREPARED_STATEMENTS=false, applied before the first request or job runs. */
@Injectable()
class PreparedStatementsSetting implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.preparedStatements) withoutPreparedStatements(this.dataSource);
  }
}

/**
 * The TypeORM connection with every entity of the installation (entities relate across domain
 * libs, so each process maps all of them); domain modules add repositories with forFeature.
 */
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList, applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config, applicationName), entities }),
        }),
      ],
      providers: [PreparedStatementsSetting],
    };
  }
}
