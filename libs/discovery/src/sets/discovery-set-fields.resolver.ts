import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PartiesLoader, PartyModel } from '@parley/cases';
import { DeadlineModel } from '@parley/deadlines';
import { OnPaperLoader, OnPaperModel } from '@parley/documents';
import { GraphQLContext } from '@parley/platform';
import { AFTER_CUTOFF_FLAG, interrogatoryCount, lateResponseFlags } from '@parley/rules';
import { DiscoveryLoader } from '../discovery.loader';
import { DiscoveryKind, SetStatus } from '../discovery-enums';
import { ExtensionModel } from '../extensions/extension.model';
import { DiscoveryResponseModel, ResponseItemModel } from '../responses/discovery-response.model';
import { DiscoveryFlagModel, DiscoveryItemModel, DiscoverySetModel } from './discovery-set.model';

/** Relations of a set the caller already passed the visibility check for. */
const UNVERIFIED_FLAG: DiscoveryFlagModel = {
  rule: 'FRCP 33(b)(3)',
  message:
    'The interrogatory answers are not verified under oath by the answering party (FRCP 33(b)(3), (5)).',
};

@Resolver(() => DiscoverySetModel)
export class DiscoverySetFieldsResolver {
  constructor(
    private readonly partyLoader: PartiesLoader,
    private readonly loader: DiscoveryLoader,
    private readonly onPaperLoader: OnPaperLoader,
  ) {}

  @ResolveField(() => OnPaperModel, {
    nullable: true,
    description:
      'Set when the serving party is not on Parley: the set came by mail and was entered from its scan.',
  })
  onPaper(
    @Parent() set: DiscoverySetModel,
    @Context() context: GraphQLContext,
  ): Promise<OnPaperModel | null> {
    return this.onPaperLoader.load(context, set);
  }

  @ResolveField(() => PartyModel)
  servingParty(@Parent() set: DiscoverySetModel, @Context() context: GraphQLContext) {
    return this.partyLoader.byId(context, set.servingPartyId);
  }

  @ResolveField(() => PartyModel)
  respondingParty(@Parent() set: DiscoverySetModel, @Context() context: GraphQLContext) {
    return this.partyLoader.byId(context, set.respondingPartyId);
  }

  @ResolveField(() => [DiscoveryItemModel], { description: 'Numbered in order.' })
  items(@Parent() set: DiscoverySetModel, @Context() context: GraphQLContext): Promise<DiscoveryItemModel[]> {
    return this.loader.itemsOf(context, set.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'For interrogatories: the count toward FRCP 33(a)(1), discrete subparts included.',
  })
  async interrogatoryCount(
    @Parent() set: DiscoverySetModel,
    @Context() context: GraphQLContext,
  ): Promise<number | null> {
    return set.kind === DiscoveryKind.INTERROGATORIES
      ? interrogatoryCount(await this.loader.itemsOf(context, set.id))
      : null;
  }

  @ResolveField(() => DiscoveryResponseModel, {
    nullable: true,
    description: 'The response as first served.',
  })
  async response(
    @Parent() set: DiscoverySetModel,
    @Context() context: GraphQLContext,
  ): Promise<DiscoveryResponseModel | null> {
    return (await this.loader.responsesOf(context, set.id))[0] ?? null;
  }

  @ResolveField(() => [DiscoveryResponseModel], {
    description: 'Supplements to the response, oldest first (FRCP 26(e)).',
  })
  async supplements(
    @Parent() set: DiscoverySetModel,
    @Context() context: GraphQLContext,
  ): Promise<DiscoveryResponseModel[]> {
    return (await this.loader.responsesOf(context, set.id)).slice(1);
  }

  @ResolveField(() => DeadlineModel, { nullable: true, description: 'The response deadline, once served.' })
  deadline(
    @Parent() set: DiscoverySetModel,
    @Context() context: GraphQLContext,
  ): Promise<DeadlineModel | null> {
    return this.loader.deadlineOf(context, set.id);
  }

  @ResolveField(() => [ExtensionModel], {
    description: 'Proposed and agreed extensions of the response date (FRCP 29(b)).',
  })
  extensions(
    @Parent() set: DiscoverySetModel,
    @Context() context: GraphQLContext,
  ): Promise<ExtensionModel[]> {
    return this.loader.extensionsOf(context, set.id);
  }

  @ResolveField(() => [DiscoveryFlagModel], {
    description:
      'Consequences the rules attach to timing (lateness, a due date after the discovery cut-off), flagged for the parties and the court to weigh, never decided.',
  })
  async flags(
    @Parent() set: DiscoverySetModel,
    @Context() context: GraphQLContext,
  ): Promise<DiscoveryFlagModel[]> {
    const cutoff = set.dueAfterCutoff ? [AFTER_CUTOFF_FLAG] : [];
    return [...cutoff, ...(await this.responseFlags(set, context))];
  }

  private async responseFlags(
    set: DiscoverySetModel,
    context: GraphQLContext,
  ): Promise<DiscoveryFlagModel[]> {
    const responses = await this.loader.responsesOf(context, set.id);
    const response = responses.find((r) => r.version === 1);
    const latest = responses.reduce<DiscoveryResponseModel | undefined>(
      (last, r) => (!last || r.version > last.version ? r : last),
      undefined,
    );
    // FRCP 33(b)(3), (5): until a response or supplement carries the party's oath.
    const unverified = latest?.unverified ? [UNVERIFIED_FLAG] : [];
    if (response?.late) {
      const answers: ResponseItemModel[] = await this.loader.answersOf(context, response.id);
      return [
        ...lateResponseFlags(
          set.kind,
          answers.some((a) => a.objections.length > 0),
        ),
        ...unverified,
      ];
    }
    // Time ran with nothing served: FRCP 36(a)(3) admissions, FRCP 33(b)(4) objections.
    if (!response && set.status === SetStatus.OVERDUE) return lateResponseFlags(set.kind, true);
    return unverified;
  }
}

@Resolver(() => DiscoveryResponseModel)
export class DiscoveryResponseFieldsResolver {
  constructor(
    private readonly loader: DiscoveryLoader,
    private readonly onPaperLoader: OnPaperLoader,
  ) {}

  @ResolveField(() => OnPaperModel, {
    nullable: true,
    description:
      'Set when the responding party is not on Parley: the response came by mail and was entered from its scan.',
  })
  onPaper(
    @Parent() response: DiscoveryResponseModel,
    @Context() context: GraphQLContext,
  ): Promise<OnPaperModel | null> {
    return this.onPaperLoader.load(context, response);
  }

  @ResolveField(() => [ResponseItemModel], { description: 'In the order of the requests.' })
  items(
    @Parent() response: DiscoveryResponseModel,
    @Context() context: GraphQLContext,
  ): Promise<ResponseItemModel[]> {
    return this.loader.answersOf(context, response.id);
  }
}
