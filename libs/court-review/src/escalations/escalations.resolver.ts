import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DisputeModel } from '@parley/conferral';
import { Access, Grant, Granted, GraphQLContext } from '@parley/platform';
import { EscalationCapabilities } from '../court-review-capabilities';
import { EscalateDisputeInput, MeasureJointLetterInput, SubmitPositionInput } from './escalation.inputs';
import { EscalationModel } from './escalation.model';
import { EscalationsLoader } from './escalations.loader';
import { EscalationsService } from './escalations.service';
import { JointLetterMeasureModel } from './joint-letter-measure';
import { JointLetterMeasurer } from './joint-letter-measurer';

@Resolver(() => EscalationModel)
export class EscalationsResolver {
  constructor(
    private readonly escalations: EscalationsService,
    private readonly measurer: JointLetterMeasurer,
  ) {}

  @Mutation(() => EscalationModel, {
    description:
      'Take the dispute to the court. Refused with ESCALATION_GATE and extensions.missing unless every condition is met (FRCP 37(a)(1); Civil L.R. 37-1, 37-3).',
  })
  @Access.to(EscalationCapabilities.ESCALATE, 'input.disputeId')
  escalateDispute(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('input') input: EscalateDisputeInput,
  ): Promise<EscalationModel> {
    return this.escalations.escalate(grant, input);
  }

  @Query(() => JointLetterMeasureModel, {
    description:
      'How many pages the joint letter would run to with your part as written, against the court’s limit, measured as escalateDispute and submitPosition measure it. Before the dispute is escalated, refused with ESCALATION_GATE until your conferral qualifies.',
  })
  @Access.to(EscalationCapabilities.ESCALATE, 'input.disputeId')
  measureJointLetter(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('input') input: MeasureJointLetterInput,
  ): Promise<JointLetterMeasureModel> {
    return this.measurer.measure(grant, input);
  }

  @Mutation(() => EscalationModel, {
    description: 'Add or revise your side’s part of the joint letter while it is open.',
  })
  @Access.to(EscalationCapabilities.POSITION, 'input.escalationId')
  submitPosition(
    @Granted() grant: Grant<'escalating' | 'other'>,
    @Args('input') input: SubmitPositionInput,
  ): Promise<EscalationModel> {
    return this.escalations.submitPosition(grant, input);
  }

  @Query(() => EscalationModel, {
    nullable: true,
    description:
      'For the parties of the case, and court staff of its court once it is before them; NOT_FOUND otherwise.',
  })
  @Access.to(EscalationCapabilities.READ, 'id')
  escalation(@Granted() grant: Grant, @Args('id', { type: () => ID }) _id: string): Promise<EscalationModel> {
    return this.escalations.get(grant);
  }
}

/** Dispute.escalation: the latest one, for the parties (who already see the dispute). */
@Resolver(() => DisputeModel)
export class DisputeEscalationResolver {
  constructor(private readonly loader: EscalationsLoader) {}

  @ResolveField(() => EscalationModel, { nullable: true })
  escalation(
    @Parent() dispute: DisputeModel,
    @Context() context: GraphQLContext,
  ): Promise<EscalationModel | null> {
    return this.loader.latestOf(context, dispute.id);
  }
}
