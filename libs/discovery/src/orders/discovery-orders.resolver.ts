import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapabilities } from '@parley/cases';
import { Access, Grant, Granted, ListArgs } from '@parley/platform';
import { DiscoveryOrderModel } from './discovery-order.model';
import { DiscoveryOrdersService } from './discovery-orders.service';
import { RecordDiscoveryOrderInput } from './record-discovery-order.input';

@Resolver(() => DiscoveryOrderModel)
export class DiscoveryOrdersResolver {
  constructor(private readonly orders: DiscoveryOrdersService) {}

  @Mutation(() => DiscoveryOrderModel, {
    description:
      'A party stipulates to a change of the case’s discovery defaults (it takes effect when every party has stipulated to the same terms, FRCP 29); the court’s staff enter an order, effective at once.',
  })
  @Access.to(CaseCapabilities.STIPULATE_OR_ORDER, 'input.caseId')
  recordDiscoveryOrder(
    @Granted() grant: Grant,
    @Args('input') input: RecordDiscoveryOrderInput,
  ): Promise<DiscoveryOrderModel> {
    return this.orders.record(grant, input);
  }

  @Query(() => [DiscoveryOrderModel], {
    description: 'Stipulations (proposed or in effect) and orders, oldest first.',
  })
  @Access.to(CaseCapabilities.READ, 'caseId')
  discoveryOrders(
    @Granted() grant: Grant,
    @Args('caseId', { type: () => ID }) _caseId: string,
    @Args() page: ListArgs,
  ): Promise<DiscoveryOrderModel[]> {
    return this.orders.list(grant, page);
  }
}
