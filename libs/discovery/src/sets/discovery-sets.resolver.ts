import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { CaseCapabilities, PartyCapabilities } from '@parley/cases';
import {
  Access,
  AnsweredInSql,
  Grant,
  Granted,
  GraphQLContext,
  ListArgs,
  ReadAccess,
  Reading,
  selectedFields,
} from '@parley/platform';
import { SetCapabilities } from '../discovery-capabilities';
import { DiscoveryLoader } from '../discovery.loader';
import { CreateDiscoverySetInput } from './create-discovery-set.input';
import { DiscoverySetModel } from './discovery-set.model';
import { DiscoverySetsService } from './discovery-sets.service';
import { InterrogatoryAllowanceInput, InterrogatoryAllowanceModel } from './interrogatory-allowance';
import { RecordServedSetInput } from './record-served-set.input';
import { RecordServedSetService } from './record-served-set.service';
import { ServeDiscoverySetInput } from './serve-discovery-set.input';
import { ServeDiscoverySetService } from './serve-discovery-set.service';
import { setsInSql } from './sets-in-sql';

@Resolver(() => DiscoverySetModel)
export class DiscoverySetsResolver {
  constructor(
    private readonly sets: DiscoverySetsService,
    private readonly serving: ServeDiscoverySetService,
    private readonly recording: RecordServedSetService,
    private readonly loader: DiscoveryLoader,
  ) {}

  @Mutation(() => DiscoverySetModel, { description: 'A DRAFT, seen only by your party until it is served.' })
  @Access.to(PartyCapabilities.ACT, 'input.servingPartyId')
  createDiscoverySet(
    @Granted() grant: Grant<'party'>,
    @Args('input') input: CreateDiscoverySetInput,
  ): Promise<DiscoverySetModel> {
    return this.sets.create(grant, input);
  }

  @Query(() => InterrogatoryAllowanceModel, {
    description:
      'How many interrogatories a set being drafted counts for, against the FRCP 33(a)(1) limit in effect: for a form counting as its user types.',
  })
  @Access.to(PartyCapabilities.ACT, 'input.servingPartyId')
  interrogatoryAllowance(
    @Granted() grant: Grant<'party'>,
    @Args('input') input: InterrogatoryAllowanceInput,
  ): Promise<InterrogatoryAllowanceModel> {
    return this.serving.interrogatoryAllowance(grant, input);
  }

  @Mutation(() => DiscoverySetModel, {
    description:
      'Sign and serve a draft on the responding party (and every other party, FRCP 5(a)(1)(C)); computes the response date.',
  })
  @Access.to(SetCapabilities.SERVE, 'input.setId')
  async serveDiscoverySet(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: ServeDiscoverySetInput,
    @Context() context: GraphQLContext,
  ): Promise<DiscoverySetModel> {
    const { set, deadline } = await this.serving.serve(grant, input);
    this.loader.primeDeadline(context, set.id, deadline);
    return set;
  }

  @Mutation(() => DiscoverySetModel, {
    description:
      'Enter a set that a party not on Parley served on yours by mail, from its scan (POST /documents): the response date runs from the day it was mailed (FRCP 5(b)(2)(C), 6(d); for a prisoner the day handed to prison staff, Houston v. Lack), and the scan becomes the paper every party sees.',
  })
  @Access.to(PartyCapabilities.ACT, 'input.respondingPartyId')
  recordServedSet(
    @Granted() grant: Grant<'party'>,
    @Args('input') input: RecordServedSetInput,
  ): Promise<DiscoverySetModel> {
    return this.recording.record(grant, input);
  }

  @Mutation(() => DiscoverySetModel, {
    description: 'Withdraw a served set awaiting responses; its deadline is cancelled.',
  })
  @Access.to(SetCapabilities.WITHDRAW, 'setId')
  withdrawDiscoverySet(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('setId', { type: () => ID }) _setId: string,
  ): Promise<DiscoverySetModel> {
    return this.sets.withdraw(grant);
  }

  @Query(() => [DiscoverySetModel], {
    description: 'Served sets of the case, and your party’s drafts; newest first.',
  })
  @Access.toRead(CaseCapabilities.READ, 'caseId')
  @AnsweredInSql(setsInSql)
  discoverySets(
    @Reading() access: ReadAccess,
    @Args('caseId', { type: () => ID }) _caseId: string,
    @Args() page: ListArgs,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DiscoverySetModel[]> {
    return this.sets.list(access, page, context, selectedFields(info));
  }

  @Query(() => DiscoverySetModel, {
    nullable: true,
    description: 'NOT_FOUND alike for a missing set and one you cannot see.',
  })
  @Access.to(SetCapabilities.READ, 'id')
  discoverySet(
    @Granted() grant: Grant,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<DiscoverySetModel> {
    return this.sets.get(grant);
  }
}
