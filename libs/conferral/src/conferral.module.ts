import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@parley/accounts';
import { AuditModule } from '@parley/audit';
import { CasesModule } from '@parley/cases';
import { CourtsModule } from '@parley/courts';
import { DeadlinesModule } from '@parley/deadlines';
import { DiscoveryModule } from '@parley/discovery';
import { CertificationEntity } from './certifications/certification.entity';
import { CertificationsResolver } from './certifications/certifications.resolver';
import { CertificationsService } from './certifications/certifications.service';
import { ConferralLoader } from './conferral.loader';
import {
  AgreedSupplementPassedHandler,
  ConferralWindowPassedHandler,
} from './jobs/conferral-deadlines-passed.handlers';
import { ConferralAssessor } from './conferrals/conferral-assessor';
import { ConferralEventEntity } from './conferrals/conferral-event.entity';
import { ConferralRequestEntity } from './conferrals/conferral-request.entity';
import { ConferralResolver } from './conferrals/conferral.resolver';
import { ConferralService } from './conferrals/conferral.service';
import { DisputeAccess } from './disputes/dispute-access';
import { DisputeFieldsResolver } from './disputes/dispute-fields.resolver';
import { DisputeItemEntity } from './disputes/dispute-item.entity';
import { DisputeEntity } from './disputes/dispute.entity';
import { DisputesResolver } from './disputes/disputes.resolver';
import { DisputesService } from './disputes/disputes.service';
import { ConferralPolicyEntity } from './policy/conferral-policy.entity';
import { ConferralPolicyResolver } from './policy/conferral-policy.resolver';
import { ConferralPolicyService } from './policy/conferral-policy.service';

/** Disputes over served items, the meet-and-confer record, and good-faith certifications. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      DisputeEntity,
      DisputeItemEntity,
      ConferralRequestEntity,
      ConferralEventEntity,
      CertificationEntity,
      ConferralPolicyEntity,
    ]),
    AccountsModule,
    AuditModule,
    CasesModule,
    CourtsModule,
    DeadlinesModule,
    DiscoveryModule,
  ],
  providers: [
    DisputeAccess,
    DisputesService,
    ConferralService,
    CertificationsService,
    ConferralPolicyService,
    ConferralAssessor,
    ConferralLoader,
    DisputesResolver,
    DisputeFieldsResolver,
    ConferralResolver,
    CertificationsResolver,
    ConferralPolicyResolver,
  ],
  exports: [DisputeAccess, ConferralAssessor, CertificationsService, ConferralLoader],
})
export class ConferralModule {}

/** The worker's part: what happens when a conferral window or an agreed date passes. */
@Module({
  imports: [TypeOrmModule.forFeature([DisputeEntity, ConferralRequestEntity, ConferralEventEntity])],
  providers: [ConferralWindowPassedHandler, AgreedSupplementPassedHandler],
})
export class ConferralJobsModule {}
