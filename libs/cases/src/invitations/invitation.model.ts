import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '../parties/party-enums';

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field({
    description: 'Single use; give it to the invitee, who passes it to acceptInvitation. Shown only now.',
  })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  partyId!: string;
}
