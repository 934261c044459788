import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@parley/accounts';
import { AuditModule } from '@parley/audit';
import { CasesModule } from '@parley/cases';
import { CourtsModule } from '@parley/courts';
import { DeadlinesModule } from '@parley/deadlines';
import { DocumentsModule } from '@parley/documents';
import { MailingsModule } from '@parley/mailings';
import { DiscoveryReader } from './discovery-reader';
import { DiscoveryLoader } from './discovery.loader';
import { ResponseDuePassedHandler } from './jobs/response-due-passed.handler';
import { ExtensionEntity } from './extensions/extension.entity';
import { ExtensionsResolver } from './extensions/extensions.resolver';
import { ExtensionsService } from './extensions/extensions.service';
import { DiscoveryOrderEntity } from './orders/discovery-order.entity';
import { DiscoveryOrdersResolver } from './orders/discovery-orders.resolver';
import { DiscoveryOrdersService } from './orders/discovery-orders.service';
import { PapersController } from './papers/papers.controller';
import { MailedResponses, MailedSets } from './papers/mailed-papers';
import { PapersService } from './papers/papers.service';
import { DiscoveryResponseEntity } from './responses/discovery-response.entity';
import { DiscoveryResponsesResolver } from './responses/discovery-responses.resolver';
import { DiscoveryResponsesService } from './responses/discovery-responses.service';
import { ResponseItemEntity } from './responses/response-item.entity';
import { DiscoveryItemEntity } from './sets/discovery-item.entity';
import {
  DiscoverySetFieldsResolver,
  DiscoveryResponseFieldsResolver,
} from './sets/discovery-set-fields.resolver';
import { DiscoverySetEntity } from './sets/discovery-set.entity';
import { DiscoverySetsResolver } from './sets/discovery-sets.resolver';
import { DiscoverySetsService } from './sets/discovery-sets.service';
import { ResponseDateFollower } from './sets/response-date.follower';
import { RecordServedSetService } from './sets/record-served-set.service';
import { ServeDiscoverySetService } from './sets/serve-discovery-set.service';

/** Discovery sets served between parties, their responses, stipulated extensions and printed papers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      DiscoverySetEntity,
      DiscoveryItemEntity,
      DiscoveryResponseEntity,
      ResponseItemEntity,
      ExtensionEntity,
      DiscoveryOrderEntity,
    ]),
    AccountsModule,
    AuditModule,
    CasesModule,
    CourtsModule,
    DeadlinesModule,
    DocumentsModule,
    MailingsModule,
  ],
  controllers: [PapersController],
  providers: [
    DiscoveryReader,
    DiscoveryLoader,
    DiscoverySetsService,
    ServeDiscoverySetService,
    RecordServedSetService,
    ResponseDateFollower,
    DiscoveryResponsesService,
    ExtensionsService,
    DiscoveryOrdersService,
    PapersService,
    MailedSets,
    MailedResponses,
    DiscoverySetsResolver,
    DiscoverySetFieldsResolver,
    DiscoveryResponseFieldsResolver,
    DiscoveryResponsesResolver,
    ExtensionsResolver,
    DiscoveryOrdersResolver,
  ],
  exports: [DiscoveryReader, DiscoveryLoader],
})
export class DiscoveryModule {}

/** The worker's part: what happens when a response date passes. */
@Module({
  imports: [TypeOrmModule.forFeature([DiscoverySetEntity]), AuditModule],
  providers: [ResponseDuePassedHandler],
})
export class DiscoveryJobsModule {}
