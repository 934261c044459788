import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule as NestDiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { AccountsModule, AdminBootstrap } from '@parley/accounts';
import { AccessGuard, CasesModule } from '@parley/cases';
import { ConferralModule } from '@parley/conferral';
import { CourtReviewModule } from '@parley/court-review';
import { CourtsModule } from '@parley/courts';
import { DeadlinesModule } from '@parley/deadlines';
import { DiscoveryModule } from '@parley/discovery';
import { DocumentsModule } from '@parley/documents';
import { MailingsModule } from '@parley/mailings';
import { ProductionsModule } from '@parley/productions';
import { ALL_ENTITIES } from '@parley/migrations';
import { NotificationsModule } from '@parley/notifications';
import {
  AccessDeclarations,
  APP_CONFIG,
  AppConfig,
  createValidationPipe,
  HealthModule,
  HttpErrorsFilter,
  PlatformModule,
} from '@parley/platform';
import { Logger } from 'nestjs-pino';
import { graphqlOptions } from './graphql/graphql-options';
import { SqlAnswerer } from './graphql/sql-answerer';
import { SqlAnswersModule } from './graphql/sql-answers.module';

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
          imports: [SqlAnswersModule],
          inject: [APP_CONFIG, Logger, SqlAnswerer],
          useFactory: graphqlOptions,
        }),
        NestDiscoveryModule,
        HealthModule,
        AccountsModule,
        CourtsModule,
        CasesModule,
        NotificationsModule,
        DeadlinesModule,
        DiscoveryModule,
        ConferralModule,
        CourtReviewModule,
        DocumentsModule,
        MailingsModule,
        ProductionsModule,
      ],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorsFilter },
        AccessDeclarations,
        AdminBootstrap,
      ],
    };
  }
}
