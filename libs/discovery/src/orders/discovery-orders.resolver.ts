import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor, IdPipe } from '@parley/platform';
import { DiscoveryOrderModel } from './discovery-order.model';
import { DiscoveryOrdersService } from './discovery-orders.service';
import { RecordDiscoveryOrderInput } from './record-discovery-order.input';

@Resolver(() => DiscoveryOrderModel)
export class DiscoveryOrdersResolver {
  constructor(private readonly orders: DiscoveryOrdersService) {}

  @Mutation(() => DiscoveryOrderModel, {
    description:
      'Record a stipulation or court order changing the discovery defaults of the case, with its source.',
  })
  @Access.case(CaseCapability.RECORD_CASE_ORDER)
  recordDiscoveryOrder(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordDiscoveryOrderInput,
  ): Promise<DiscoveryOrderModel> {
    return this.orders.record(actor, input);
  }

  @Query(() => [DiscoveryOrderModel])
  @Access.case(CaseCapability.READ)
  discoveryOrders(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }, new IdPipe('caseId')) caseId: string,
  ): Promise<DiscoveryOrderModel[]> {
    return this.orders.list(actor, caseId);
  }
}
