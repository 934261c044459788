import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EntitySchema } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = Array<Function | EntitySchema>;

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
    };
  }
}
