import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Grant, Granted } from '@parley/platform';
import { ClawbackCapabilities } from '../production-capabilities';
import { AcknowledgeClawbackInput, RequestClawbackInput } from './clawback.inputs';
import { ClawbackModel } from './clawback.model';
import { ClawbacksService } from './clawbacks.service';

@Resolver(() => ClawbackModel)
export class ClawbacksResolver {
  constructor(private readonly clawbacks: ClawbacksService) {}

  @Mutation(() => ClawbackModel, {
    description:
      'Claw back produced pages as privileged (FRCP 26(b)(5)(B); FRE 502(b), (d)): the receiving party is notified and must sequester, return or destroy them, or challenge the claim, by its deadline.',
  })
  @Access.to(ClawbackCapabilities.REQUEST, 'input.productionId')
  requestClawback(
    @Granted() grant: Grant<'producing' | 'receiving'>,
    @Args('input') input: RequestClawbackInput,
  ): Promise<ClawbackModel> {
    return this.clawbacks.request(grant, input);
  }

  @Mutation(() => ClawbackModel, {
    description: 'The receiving party says what it did with clawed-back pages (once).',
  })
  @Access.to(ClawbackCapabilities.ANSWER, 'input.clawbackId')
  acknowledgeClawback(
    @Granted() grant: Grant<'producing' | 'receiving'>,
    @Args('input') input: AcknowledgeClawbackInput,
  ): Promise<ClawbackModel> {
    return this.clawbacks.acknowledge(grant, input);
  }

  @Mutation(() => ClawbackModel, {
    description:
      'The producing party gives up its claim (or the court rejected it): the pages may be used again, and the volume is handed out again.',
  })
  @Access.to(ClawbackCapabilities.WITHDRAW, 'clawbackId')
  withdrawClawback(
    @Granted() grant: Grant<'producing' | 'receiving'>,
    @Args('clawbackId', { type: () => ID }) _clawbackId: string,
  ): Promise<ClawbackModel> {
    return this.clawbacks.withdraw(grant);
  }

  @Query(() => ClawbackModel, { nullable: true })
  @Access.to(ClawbackCapabilities.READ, 'id')
  clawback(@Granted() grant: Grant, @Args('id', { type: () => ID }) _id: string): Promise<ClawbackModel> {
    return this.clawbacks.get(grant);
  }
}
