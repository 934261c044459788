import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, SystemRole } from '@parley/platform';
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
  ): Promise<EscalationModel[]> {
    return this.docketService.docket(actor, status);
  }

  @Mutation(() => RulingModel, {
    description:
      'Rule on an escalation before your court; an order to comply becomes a deadline of the ordered party.',
  })
  @Access.roles(SystemRole.COURT_STAFF)
  ruleOnEscalation(
    @CurrentActor() actor: Actor,
    @Args('input') input: RuleOnEscalationInput,
  ): Promise<RulingModel> {
    return this.rulings.rule(actor, input);
  }
}
