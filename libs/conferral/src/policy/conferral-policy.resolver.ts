import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapabilities } from '@parley/cases';
import { Access, Grant, Granted } from '@parley/platform';
import { ConferralPolicyModel } from './conferral-policy.model';
import { ConferralPolicyService } from './conferral-policy.service';
import { SetConferralPolicyInput } from './set-conferral-policy.input';

@Resolver(() => ConferralPolicyModel)
export class ConferralPolicyResolver {
  constructor(private readonly policies: ConferralPolicyService) {}

  @Query(() => ConferralPolicyModel, { description: 'What counts as conferral in the case.' })
  @Access.to(CaseCapabilities.READ, 'caseId')
  conferralPolicy(
    @Granted() grant: Grant,
    @Args('caseId', { type: () => ID }) _caseId: string,
  ): Promise<ConferralPolicyModel> {
    return this.policies.get(grant.caseId);
  }

  @Mutation(() => ConferralPolicyModel, {
    description:
      'Stipulate to what counts as conferral (it takes effect when every party has stipulated the same, FRCP 29), or, for the court’s staff, order it.',
  })
  @Access.to(CaseCapabilities.STIPULATE_OR_ORDER, 'input.caseId')
  setConferralPolicy(
    @Granted() grant: Grant,
    @Args('input') input: SetConferralPolicyInput,
  ): Promise<ConferralPolicyModel> {
    return this.policies.set(grant, input);
  }
}
