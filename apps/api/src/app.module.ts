import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { AccessGuard, AccountsModule, AdminBootstrap } from '@parley/accounts';
import { CasesModule } from '@parley/cases';
import { CourtsModule } from '@parley/courts';
import { ALL_ENTITIES } from '@parley/migrations';
import { NotificationsModule } from '@parley/notifications';
import {
  AccessDeclarations,
  APP_CONFIG,
  AppConfig,
  createValidationPipe,
  HealthModule,
  PlatformModule,
} from '@parley/platform';
import { Logger } from 'nestjs-pino';
import { graphqlOptions } from './graphql/graphql-options';

/** The API process: GraphQL at /graphql and GET /health. */
@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ entities: ALL_ENTITIES, processName: 'parley-api', config }),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [APP_CONFIG, Logger],
          useFactory: graphqlOptions,
        }),
        DiscoveryModule,
        HealthModule,
        AccountsModule,
        CourtsModule,
        CasesModule,
        NotificationsModule,
      ],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        AccessDeclarations,
        AdminBootstrap,
      ],
    };
  }
}
