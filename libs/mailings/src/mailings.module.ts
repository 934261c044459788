import { Module } from '@nestjs/common';
import { DiscoveryModule as NestDiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@parley/audit';
import { MailedPapers } from './mailings/mailed-papers';
import { MailingEntity } from './mailings/mailing.entity';
import { MailingsController } from './mailings/mailings.controller';
import { MailingsResolver } from './mailings/mailings.resolver';
import { MailingsService } from './mailings/mailings.service';

/** Papers to print and mail to parties not on Parley, with their cover sheets and certificates. */
@Module({
  imports: [TypeOrmModule.forFeature([MailingEntity]), AuditModule, NestDiscoveryModule],
  controllers: [MailingsController],
  providers: [MailedPapers, MailingsService, MailingsResolver],
  exports: [MailingsService],
})
export class MailingsModule {}
