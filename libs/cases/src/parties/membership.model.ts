import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberRole } from './party-enums';
import { MembershipEntity } from './membership.entity';
import { PartyModel, toPartyModel } from './party.model';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field({ description: 'The member’s name, as on the service list.' })
  name!: string;

  @Field(() => Date, {
    description: 'Written consent to electronic service (FRCP 5(b)(2)(E)), given on joining.',
  })
  consentedToElectronicServiceAt!: Date;

  partyId!: string;
  userId!: string;
  /** Loaded with the membership where it is at hand; otherwise Membership.party batches it. */
  party?: PartyModel;
}

export function toMembershipModel(m: MembershipEntity, name: string): MembershipModel {
  return {
    id: m.id,
    role: m.role,
    name,
    consentedToElectronicServiceAt: m.consentedToElectronicServiceAt,
    partyId: m.partyId,
    userId: m.userId,
    party: m.party ? toPartyModel(m.party) : undefined,
  };
}
