import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DisputeModel, DisputeSide } from '@parley/conferral';
import { EscalationsService } from './escalations.service';
import { GateVerdictModel } from './gate-verdict.model';

/** Dispute.gate: the checklist a party reads before the Escalate button, from the gate itself. */
@Resolver(() => DisputeModel)
export class DisputeGateResolver {
  constructor(private readonly escalations: EscalationsService) {}

  @ResolveField(() => GateVerdictModel, {
    description:
      'What escalateDispute would decide now for one side as movant (by default the requesting side), each missing element in plain words with its rule.',
  })
  gate(
    @Parent() dispute: DisputeModel,
    @Args('side', { type: () => DisputeSide, nullable: true }) side: DisputeSide | null,
  ): Promise<GateVerdictModel> {
    return this.escalations.gate(dispute.id, side ?? DisputeSide.REQUESTING);
  }
}
