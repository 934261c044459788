import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor, IdPipe } from '@parley/platform';
import { CreateDiscoverySetInput } from './create-discovery-set.input';
import { DiscoverySetModel } from './discovery-set.model';
import { DiscoverySetsService } from './discovery-sets.service';
import { ServeDiscoverySetInput } from './serve-discovery-set.input';
import { ServeDiscoverySetService } from './serve-discovery-set.service';

@Resolver(() => DiscoverySetModel)
export class DiscoverySetsResolver {
  constructor(
    private readonly sets: DiscoverySetsService,
    private readonly serving: ServeDiscoverySetService,
  ) {}

  @Mutation(() => DiscoverySetModel, { description: 'A DRAFT, seen only by your party until it is served.' })
  @Access.case(CaseCapability.ACT_FOR_PARTY)
  createDiscoverySet(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateDiscoverySetInput,
  ): Promise<DiscoverySetModel> {
    return this.sets.create(actor, input);
  }

  @Mutation(() => DiscoverySetModel, {
    description:
      'Sign and serve a draft on the responding party (and every other party, FRCP 5(a)(1)(C)); computes the response date.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  serveDiscoverySet(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServeDiscoverySetInput,
  ): Promise<DiscoverySetModel> {
    return this.serving.serve(actor, input);
  }

  @Mutation(() => DiscoverySetModel, {
    description: 'Withdraw a served set awaiting responses; its deadline is cancelled.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  withdrawDiscoverySet(
    @CurrentActor() actor: Actor,
    @Args('setId', { type: () => ID }, new IdPipe('setId')) setId: string,
  ): Promise<DiscoverySetModel> {
    return this.sets.withdraw(actor, setId);
  }

  @Query(() => [DiscoverySetModel], {
    description: 'Served sets of the case, and your party’s drafts; newest first.',
  })
  @Access.case(CaseCapability.READ)
  discoverySets(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }, new IdPipe('caseId')) caseId: string,
  ): Promise<DiscoverySetModel[]> {
    return this.sets.list(actor, caseId);
  }

  @Query(() => DiscoverySetModel, {
    nullable: true,
    description: 'NOT_FOUND alike for a missing set and one you cannot see.',
  })
  @Access.case(CaseCapability.READ)
  discoverySet(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, new IdPipe()) id: string,
  ): Promise<DiscoverySetModel> {
    return this.sets.get(actor, id);
  }
}
