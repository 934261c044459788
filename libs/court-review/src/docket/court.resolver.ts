import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Grant, Granted, ListArgs, SystemRole } from '@parley/platform';
import { EscalationCapabilities } from '../court-review-capabilities';
import { EscalationStatus } from '../court-review-enums';
import { EscalationModel, RulingModel } from '../escalations/escalation.model';
import { RuleOnEscalationInput } from '../rulings/rule-on-escalation.input';
import { RulingsService } from '../rulings/rulings.service';
import { DocketService } from './docket.service';

/** The court's side: its docket of escalations, and rulings. Court staff only; their own court only. */
@Resolver()
export class CourtResolver {
  constructor(
    private readonly docketService: DocketService,
    private readonly rulings: RulingsService,
  ) {}

  @Query(() => [EscalationModel], { description: 'Escalations before your court, oldest first.' })
  @Access.roles(SystemRole.COURT_STAFF)
  courtDocket(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => EscalationStatus, nullable: true }) status: EscalationStatus | null,
    @Args() page: ListArgs,
  ): Promise<EscalationModel[]> {
    return this.docketService.docket(actor, status, page);
  }

  @Mutation(() => RulingModel, {
    description:
      'Rule on an escalation before your court; an order to comply becomes a deadline of the ordered party.',
  })
  @Access.to(EscalationCapabilities.RULE, 'input.escalationId')
  ruleOnEscalation(
    @Granted() grant: Grant,
    @Args('input') input: RuleOnEscalationInput,
  ): Promise<RulingModel> {
    return this.rulings.rule(grant, input);
  }
}
