import { Field, ID, InputType } from '@nestjs/graphql';
import { TextLimit } from '@parley/platform';
import { IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { NormalizeEmail } from '@parley/accounts';
import { MemberRole } from '../parties/party-enums';

@InputType()
export class InviteToPartyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partyId must be the id of a party' })
  partyId!: string;

  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(TextLimit.EMAIL)
  email!: string;

  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  role!: MemberRole;
}
