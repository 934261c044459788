import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ConferralPolicyProposal', {
  description: 'A stipulation on conferral some parties signed; it takes effect when every party has.',
})
export class ConferralPolicyProposalModel {
  @Field(() => ID)
  id!: string;

  @Field()
  lettersQualify!: boolean;

  @Field()
  source!: string;

  @Field(() => ID, { nullable: true })
  proposedByPartyId!: string | null;

  @Field(() => [ID], { description: 'The parties that have signed it so far.' })
  agreedPartyIds!: string[];

  @Field(() => Date)
  recordedAt!: Date;
}

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

  @Field(() => ConferralPolicyProposalModel, {
    nullable: true,
    description: 'A stipulation waiting for the other parties; the policy above applies until then.',
  })
  pending!: ConferralPolicyProposalModel | null;
}
