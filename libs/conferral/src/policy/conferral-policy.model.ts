import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ConferralPolicy')
export class ConferralPolicyModel {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'An exchange of letters, at least one each way, counts as conferral.' })
  lettersQualify!: boolean;

  @Field({ description: 'The scheduling order or stipulation setting it, or how the default was reached.' })
  source!: string;

  @Field({ description: 'No order set it: on when a party is pro se and incarcerated.' })
  isDefault!: boolean;
}
