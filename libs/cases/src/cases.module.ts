import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@parley/accounts';
import { AuditModule } from '@parley/audit';
import { CourtsModule } from '@parley/courts';
import { NotificationsJobsModule, NotificationsModule } from '@parley/notifications';
import { AccessEnforcer } from './access/access-enforcer';
import { AccessGuard } from './access/access.guard';
import { CaseAuditResolver } from './audit/case-audit.resolver';
import { CaseDirectory } from './cases/case-directory';
import { CaseFieldsResolver } from './cases/case-fields.resolver';
import { CaseEntity } from './cases/case.entity';
import { CasesResolver } from './cases/cases.resolver';
import { CasesService } from './cases/cases.service';
import { DocketClaimsResolver } from './docket/docket-claims.resolver';
import { DocketClaimsService } from './docket/docket-claims.service';
import { InvitationEntity } from './invitations/invitation.entity';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { NotifyEventHandler } from './jobs/notify-event.handler';
import { MembershipEntity } from './parties/membership.entity';
import { PaperPeople } from './papers/paper-people';
import { PartiesLoader } from './parties/parties.loader';
import { PartyAddressResolver } from './parties/party-address.resolver';
import { PartyAddressService } from './parties/party-address.service';
import { MembershipFieldsResolver, PartyFieldsResolver } from './parties/party-fields.resolver';
import { PartyEntity } from './parties/party.entity';

const entities = TypeOrmModule.forFeature([CaseEntity, PartyEntity, MembershipEntity, InvitationEntity]);

/**
 * Cases, parties, memberships and invitations; and the one door (AccessGuard, AccessEnforcer) that
 * decides every capability on the policy of @parley/access, since who represents whom lives here.
 */
@Module({
  imports: [entities, AccountsModule, CourtsModule, AuditModule, NotificationsModule],
  providers: [
    AccessEnforcer,
    AccessGuard,
    CaseDirectory,
    CasesService,
    InvitationsService,
    PartiesLoader,
    CasesResolver,
    CaseFieldsResolver,
    PartyFieldsResolver,
    MembershipFieldsResolver,
    InvitationsResolver,
    CaseAuditResolver,
    DocketClaimsService,
    DocketClaimsResolver,
    PartyAddressService,
    PartyAddressResolver,
    PaperPeople,
  ],
  exports: [AccessEnforcer, AccessGuard, CaseDirectory, DocketClaimsService, PartiesLoader, PaperPeople],
})
export class CasesModule {}

/** The cases lib's background jobs, for the worker process: every event's notices. */
@Module({
  imports: [entities, AccountsModule, AuditModule, NotificationsJobsModule],
  providers: [CaseDirectory, NotifyEventHandler],
  exports: [CaseDirectory],
})
export class CasesJobsModule {}
