import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@parley/accounts';
import { AuditModule } from '@parley/audit';
import { CourtsModule } from '@parley/courts';
import { NotificationsJobsModule, NotificationsModule } from '@parley/notifications';
import { CaseAccessService } from './access/case-access.service';
import { CaseAuditResolver } from './audit/case-audit.resolver';
import { CaseFieldsResolver } from './cases/case-fields.resolver';
import { CaseEntity } from './cases/case.entity';
import { CasesResolver } from './cases/cases.resolver';
import { CasesService } from './cases/cases.service';
import { InvitationEntity } from './invitations/invitation.entity';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { NotifyPartiesHandler } from './jobs/notify-parties.handler';
import { PartyJoinedHandler } from './jobs/party-joined.handler';
import { MembershipEntity } from './parties/membership.entity';
import { PartiesLoader } from './parties/parties.loader';
import { MembershipFieldsResolver, PartyFieldsResolver } from './parties/party-fields.resolver';
import { PartyEntity } from './parties/party.entity';

const entities = TypeOrmModule.forFeature([CaseEntity, PartyEntity, MembershipEntity, InvitationEntity]);

/** Cases, parties, memberships and invitations, and the case-access policy every case-scoped lib uses. */
@Module({
  imports: [entities, AccountsModule, CourtsModule, AuditModule, NotificationsModule],
  providers: [
    CaseAccessService,
    CasesService,
    InvitationsService,
    PartiesLoader,
    CasesResolver,
    CaseFieldsResolver,
    PartyFieldsResolver,
    MembershipFieldsResolver,
    InvitationsResolver,
    CaseAuditResolver,
  ],
  exports: [CaseAccessService, PartiesLoader],
})
export class CasesModule {}

/** The cases lib's background jobs, for the worker process. */
@Module({
  imports: [entities, NotificationsJobsModule],
  providers: [PartyJoinedHandler, NotifyPartiesHandler],
})
export class CasesJobsModule {}
