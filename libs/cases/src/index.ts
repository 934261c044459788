import { CaseEntity } from './cases/case.entity';
import { InvitationEntity } from './invitations/invitation.entity';
import { MembershipEntity } from './parties/membership.entity';
import { PartyEntity } from './parties/party.entity';

export * from './access/access-enforcer';
export * from './access/access.guard';
export * from './access/case-capabilities';
export * from './case-events';
export * from './cases.module';
export * from './cases/case-directory';
export * from './cases/case.model';
export * from './docket/docket-claims.model';
export * from './docket/docket-claims.service';
export * from './papers/paper-people';
export * from './parties/party-enums';
export * from './parties/party.model';
export * from './parties/parties.loader';

/** For the schema project's DataSource only; other libs ask CaseDirectory, never these. */
export const CASES_ENTITIES = [CaseEntity, PartyEntity, MembershipEntity, InvitationEntity];
