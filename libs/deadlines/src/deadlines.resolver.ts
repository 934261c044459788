import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapabilities } from '@parley/cases';
import {
  Access,
  Actor,
  AnsweredInSql,
  CalendarDate,
  CalendarDateScalar,
  CurrentActor,
  Grant,
  Granted,
  GraphQLContext,
  ListArgs,
  ReadAccess,
  Reading,
  selectsField,
} from '@parley/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { DeadlineCapabilities } from './deadline-capabilities';
import { ComputeDeadlineInput } from './compute-deadline.input';
import { DeadlineCalculator } from './deadline-calculator';
import { DeadlineComputationModel, DeadlineModel } from './deadline.model';
import { DeadlinesService, DeadlineWords } from './deadlines.service';
import { deadlinesInSql } from './deadlines-in-sql';

/** Which of a deadline's wordy fields the query reads (DeadlinesService's lists leave out the rest). */
const wordsAskedFor = (info: GraphQLResolveInfo): DeadlineWords => ({
  steps: selectsField(info, 'steps'),
  description: selectsField(info, 'description'),
});

@Resolver(() => DeadlineModel)
export class DeadlinesResolver {
  constructor(
    private readonly service: DeadlinesService,
    private readonly calculator: DeadlineCalculator,
  ) {}

  @Query(() => [DeadlineModel], { description: 'The case’s deadlines, soonest first.' })
  @Access.toRead(CaseCapabilities.READ, 'caseId')
  @AnsweredInSql(deadlinesInSql)
  deadlines(
    @Reading() access: ReadAccess,
    @Args('caseId', { type: () => ID }) _caseId: string,
    @Args() page: ListArgs,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DeadlineModel[]> {
    return this.service.list(access, page, context, wordsAskedFor(info));
  }

  @Query(() => [DeadlineModel], {
    description:
      'The open deadlines of every case you represent a party in, soonest first (a party’s “what to do next”); empty for court staff and admins.',
  })
  @Access.signedIn()
  openDeadlines(
    @CurrentActor() actor: Actor,
    @Args() page: ListArgs,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DeadlineModel[]> {
    return this.service.openFor(actor, page, context, wordsAskedFor(info));
  }

  @Mutation(() => DeadlineModel, {
    description: 'Report a compliance or agreed-supplement deadline met; the other parties are told.',
  })
  @Access.to(DeadlineCapabilities.MEET, 'id')
  markDeadlineMet(
    @Granted() grant: Grant<'party'>,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<DeadlineModel> {
    return this.service.markMet(grant);
  }

  @Query(() => CalendarDateScalar, {
    description: 'The last day of a period on a court’s calendar (FRCP 6).',
  })
  @Access.signedIn()
  async computeDeadline(@Args('input') input: ComputeDeadlineInput): Promise<CalendarDate> {
    return (await this.explain(input)).dueOn;
  }

  @Query(() => DeadlineComputationModel, {
    description: 'computeDeadline, with every step and the rule it applies.',
  })
  @Access.signedIn()
  explainDeadline(@Args('input') input: ComputeDeadlineInput): Promise<DeadlineComputationModel> {
    return this.explain(input);
  }

  private explain(input: ComputeDeadlineInput) {
    return this.calculator.forCourt(input.courtId, {
      triggeredOn: input.triggeredOn,
      days: input.days,
      method: input.method ?? null,
      direction: input.direction,
      filing: input.filing ?? false,
    });
  }
}
