import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@parley/accounts';
import { AuditModule } from '@parley/audit';
import { CasesModule } from '@parley/cases';
import { CourtsModule } from '@parley/courts';
import { DeadlinesModule } from '@parley/deadlines';
import { DiscoveryModule } from '@parley/discovery';
import { DocumentsModule } from '@parley/documents';
import { MailingsModule } from '@parley/mailings';
import { ProductionsModule } from '@parley/productions';
import { CertificationEntity } from './certifications/certification.entity';
import { CertificationsResolver } from './certifications/certifications.resolver';
import { CertificationsService } from './certifications/certifications.service';
import { ConferralLoader } from './conferral.loader';
import { ConferralAssessor } from './conferrals/conferral-assessor';
import { ConferralEventEntity } from './conferrals/conferral-event.entity';
import { ConferralRequestEntity } from './conferrals/conferral-request.entity';
import { ConferralResolver } from './conferrals/conferral.resolver';
import { ConferralWindowFollower } from './conferrals/conferral-window.follower';
import { ConferralService } from './conferrals/conferral.service';
import { NoShowService } from './conferrals/no-show.service';
import { DisputeFieldsResolver } from './disputes/dispute-fields.resolver';
import { DisputePrivilegeEntryEntity } from './disputes/dispute-privilege-entry.entity';
import { DisputeItemEntity } from './disputes/dispute-item.entity';
import { DisputeRecords } from './disputes/dispute-records';
import { DisputeEntity } from './disputes/dispute.entity';
import { DisputesResolver } from './disputes/disputes.resolver';
import { DisputesService } from './disputes/disputes.service';
import { ResolutionProposalEntity } from './disputes/resolution-proposal.entity';
import {
  AgreedSupplementPassedHandler,
  ConferralWindowPassedHandler,
} from './jobs/conferral-deadlines-passed.handlers';
import { LetterPapersController } from './letters/letter-papers.controller';
import { LettersByMailService } from './letters/letters-by-mail.service';
import { MailedConferenceRequests, MailedLetters } from './letters/mailed-letters';
import { ConferralEventFieldsResolver } from './conferrals/conferral-event-fields.resolver';
import { LetterPapersService } from './letters/letter-papers.service';
import { ConferralPolicyProposalEntity } from './policy/conferral-policy-proposal.entity';
import { ConferralPolicyEntity } from './policy/conferral-policy.entity';
import { ConferralPolicyResolver } from './policy/conferral-policy.resolver';
import { ConferralPolicyService } from './policy/conferral-policy.service';

export const CONFERRAL_ENTITIES = [
  DisputeEntity,
  DisputeItemEntity,
  ConferralRequestEntity,
  ConferralEventEntity,
  CertificationEntity,
  ConferralPolicyEntity,
  ConferralPolicyProposalEntity,
  ResolutionProposalEntity,
  DisputePrivilegeEntryEntity,
];

/** Disputes over served items, the meet-and-confer record, and good-faith certifications. */
@Module({
  imports: [
    TypeOrmModule.forFeature(CONFERRAL_ENTITIES),
    AccountsModule,
    AuditModule,
    CasesModule,
    CourtsModule,
    DeadlinesModule,
    DiscoveryModule,
    DocumentsModule,
    MailingsModule,
    ProductionsModule,
  ],
  providers: [
    DisputesService,
    ConferralService,
    NoShowService,
    CertificationsService,
    ConferralPolicyService,
    ConferralAssessor,
    ConferralLoader,
    DisputeRecords,
    DisputesResolver,
    DisputeFieldsResolver,
    ConferralResolver,
    CertificationsResolver,
    ConferralPolicyResolver,
    ConferralWindowFollower,
    LetterPapersService,
    LettersByMailService,
    MailedLetters,
    MailedConferenceRequests,
    ConferralEventFieldsResolver,
  ],
  controllers: [LetterPapersController],
  exports: [DisputeRecords, ConferralLoader, ConferralPolicyService],
})
export class ConferralModule {}

/** The worker's part: what happens when a conferral window or an agreed date passes. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DisputeEntity, ConferralRequestEntity, ConferralEventEntity]),
    AuditModule,
  ],
  providers: [ConferralWindowPassedHandler, AgreedSupplementPassedHandler],
})
export class ConferralJobsModule {}
