import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@parley/audit';
import { CasesModule } from '@parley/cases';
import { CourtsModule } from '@parley/courts';
import { DeadlinesModule } from '@parley/deadlines';
import { DiscoveryModule } from '@parley/discovery';
import { DocumentsModule } from '@parley/documents';
import { MailingsModule } from '@parley/mailings';
import { MailedClawbacks, MailedPrivilegeLogs, MailedProductions, PaperHeadings } from './mailed-papers';
import { ClawbackAnswerFollower, ClawbackAnswerPassedHandler } from './clawbacks/clawback-deadline.handlers';
import { ClawbackEntity } from './clawbacks/clawback.entity';
import { ClawbacksResolver } from './clawbacks/clawbacks.resolver';
import { ClawbacksService } from './clawbacks/clawbacks.service';
import { PrivilegeLogReader } from './privilege-log/privilege-log-reader';
import { PrivilegeLogController } from './privilege-log/privilege-log.controller';
import { PrivilegeLogResolver } from './privilege-log/privilege-log.resolver';
import { PrivilegeLogService } from './privilege-log/privilege-log.service';
import { ProductionsController } from './productions/productions.controller';
import { ProductionsResolver } from './productions/productions.resolver';
import { ProductionsService } from './productions/productions.service';
import { ServeProductionService } from './productions/serve-production.service';
import { VolumeDownloads } from './productions/volume-downloads';
import { ItemProductionResolver } from './responses/item-production.resolver';

/**
 * Productions of documents (Bates-stamped volumes with load files), privilege logs and clawbacks
 * (DOMAIN.md, "Productions").
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ClawbackEntity]),
    AuditModule,
    CasesModule,
    CourtsModule,
    DeadlinesModule,
    DiscoveryModule,
    DocumentsModule,
    MailingsModule,
  ],
  controllers: [ProductionsController, PrivilegeLogController],
  providers: [
    ProductionsService,
    ServeProductionService,
    VolumeDownloads,
    ProductionsResolver,
    PrivilegeLogService,
    PrivilegeLogResolver,
    PrivilegeLogReader,
    ClawbacksService,
    ClawbacksResolver,
    ClawbackAnswerFollower,
    ItemProductionResolver,
    MailedPrivilegeLogs,
    MailedClawbacks,
    MailedProductions,
    PaperHeadings,
  ],
  exports: [PrivilegeLogReader],
})
export class ProductionsModule {}

/** The worker's part: a clawback's week to answer passing. */
@Module({
  imports: [AuditModule],
  providers: [ClawbackAnswerPassedHandler],
})
export class ProductionsJobsModule {}
