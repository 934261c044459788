import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor, IdPipe } from '@parley/platform';
import { OpenDisputeInput, ResolveDisputeInput } from './dispute.inputs';
import { DisputeModel } from './dispute.model';
import { DisputesService } from './disputes.service';

@Resolver(() => DisputeModel)
export class DisputesResolver {
  constructor(private readonly service: DisputesService) {}

  @Mutation(() => DisputeModel, {
    description:
      'Dispute served items of one responding party, once answered or past their date; the parties then meet and confer.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  openDispute(@CurrentActor() actor: Actor, @Args('input') input: OpenDisputeInput): Promise<DisputeModel> {
    return this.service.open(actor, input);
  }

  @Query(() => DisputeModel, {
    nullable: true,
    description: 'NOT_FOUND alike for a missing dispute and one you cannot see.',
  })
  @Access.case(CaseCapability.READ)
  dispute(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, new IdPipe()) id: string,
  ): Promise<DisputeModel> {
    return this.service.get(actor, id);
  }

  @Query(() => [DisputeModel], { description: 'The case’s disputes, newest first.' })
  @Access.case(CaseCapability.READ)
  disputes(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }, new IdPipe('caseId')) caseId: string,
  ): Promise<DisputeModel[]> {
    return this.service.list(actor, caseId);
  }

  @Mutation(() => DisputeModel, {
    description: 'Record what the parties agreed; optionally a date to supplement by.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  resolveDispute(
    @CurrentActor() actor: Actor,
    @Args('input') input: ResolveDisputeInput,
  ): Promise<DisputeModel> {
    return this.service.resolve(actor, input);
  }

  @Mutation(() => DisputeModel, { description: 'The side that opened it drops it.' })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  withdrawDispute(
    @CurrentActor() actor: Actor,
    @Args('disputeId', { type: () => ID }, new IdPipe('disputeId')) disputeId: string,
  ): Promise<DisputeModel> {
    return this.service.withdraw(actor, disputeId);
  }
}
