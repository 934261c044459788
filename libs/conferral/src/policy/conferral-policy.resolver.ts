import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor, IdPipe } from '@parley/platform';
import { ConferralPolicyModel } from './conferral-policy.model';
import { ConferralPolicyService } from './conferral-policy.service';
import { SetConferralPolicyInput } from './set-conferral-policy.input';

@Resolver(() => ConferralPolicyModel)
export class ConferralPolicyResolver {
  constructor(private readonly policies: ConferralPolicyService) {}

  @Query(() => ConferralPolicyModel, { description: 'What counts as conferral in the case.' })
  @Access.case(CaseCapability.READ)
  conferralPolicy(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }, new IdPipe('caseId')) caseId: string,
  ): Promise<ConferralPolicyModel> {
    return this.policies.get(actor, caseId);
  }

  @Mutation(() => ConferralPolicyModel, {
    description: 'Record the conferral policy the scheduling order sets, with its source.',
  })
  @Access.case(CaseCapability.RECORD_CASE_ORDER)
  setConferralPolicy(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetConferralPolicyInput,
  ): Promise<ConferralPolicyModel> {
    return this.policies.set(actor, input);
  }
}
