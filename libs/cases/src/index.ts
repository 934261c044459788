import { CaseEntity } from './cases/case.entity';
import { InvitationEntity } from './invitations/invitation.entity';
import { MembershipEntity } from './parties/membership.entity';
import { PartyEntity } from './parties/party.entity';

export * from './access/case-access.policy';
export * from './access/case-access.service';
export * from './access/case-capability';
export * from './access/escalation-access.policy';
export * from './cases.module';
export * from './cases/case.entity';
export * from './cases/case.model';
export * from './jobs/notify-parties.job';
export * from './jobs/party-joined.job';
export * from './parties/membership.entity';
export * from './parties/party-enums';
export * from './parties/party.entity';
export * from './parties/party.model';
export * from './parties/parties.loader';
export * from './parties/party-members';

export const CASES_ENTITIES = [CaseEntity, PartyEntity, MembershipEntity, InvitationEntity];
