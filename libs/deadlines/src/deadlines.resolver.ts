import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CalendarDate, CalendarDateScalar, CurrentActor, IdPipe } from '@parley/platform';
import { ComputeDeadlineInput } from './compute-deadline.input';
import { DeadlineCalculator } from './deadline-calculator';
import { DeadlineComputationModel, DeadlineModel } from './deadline.model';
import { DeadlinesService } from './deadlines.service';

@Resolver(() => DeadlineModel)
export class DeadlinesResolver {
  constructor(
    private readonly service: DeadlinesService,
    private readonly calculator: DeadlineCalculator,
  ) {}

  @Query(() => [DeadlineModel], { description: 'The case’s deadlines, soonest first.' })
  @Access.case(CaseCapability.READ)
  deadlines(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }, new IdPipe('caseId')) caseId: string,
  ): Promise<DeadlineModel[]> {
    return this.service.list(actor, caseId);
  }

  @Mutation(() => DeadlineModel, {
    description: 'Report a compliance or agreed-supplement deadline met; the other parties are told.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  markDeadlineMet(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, new IdPipe()) id: string,
  ): Promise<DeadlineModel> {
    return this.service.markMet(actor, id);
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
    });
  }
}
