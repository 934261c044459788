import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { MAILING_ADDRESS_HELP, MailingAddress } from '@parley/platform';

@InputType()
export class SetPartyAddressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partyId must be the id of a party' })
  partyId!: string;

  @Field({ description: MAILING_ADDRESS_HELP })
  @MailingAddress()
  mailingAddress!: string;
}
