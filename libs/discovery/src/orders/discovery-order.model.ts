import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DiscoveryOrderBasis,
  DiscoveryOrderEntity,
  DiscoveryOrderKind,
  DiscoveryOrderStatus,
} from './discovery-order.entity';

registerEnumType(DiscoveryOrderKind, {
  name: 'DiscoveryOrderKind',
  description:
    'INTERROGATORY_LIMIT: a stipulation or order changing FRCP 33(a)(1)’s 25. EARLY_DISCOVERY: one allowing discovery before the Rule 26(f) conference (FRCP 26(d)(1)). DISCOVERY_AFTER_CUTOFF: the court’s order (only the court’s) permitting discovery whose responses fall due after the cut-off (Civil L.R. 37-3).',
});
registerEnumType(DiscoveryOrderStatus, {
  name: 'DiscoveryOrderStatus',
  description:
    'PROPOSED: some parties stipulated; it binds nobody until every party has. IN_EFFECT: every party stipulated, or the court ordered it. SUPERSEDED: replaced by other terms first.',
});
registerEnumType(DiscoveryOrderBasis, {
  name: 'DiscoveryOrderBasis',
  description: 'STIPULATION: the parties agreed (FRCP 29). COURT_ORDER: entered by the court.',
});

@ObjectType('DiscoveryOrder')
export class DiscoveryOrderModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DiscoveryOrderKind)
  kind!: DiscoveryOrderKind;

  @Field(() => Int, { nullable: true })
  interrogatoryLimit!: number | null;

  @Field()
  source!: string;

  @Field(() => DiscoveryOrderStatus)
  status!: DiscoveryOrderStatus;

  @Field(() => DiscoveryOrderBasis)
  basis!: DiscoveryOrderBasis;

  @Field(() => ID, { nullable: true, description: 'The party that proposed the stipulation.' })
  proposedByPartyId!: string | null;

  @Field(() => [ID], { description: 'The parties that have stipulated so far.' })
  agreedPartyIds!: string[];

  @Field(() => Date, { nullable: true, description: 'When it took effect.' })
  effectiveAt!: Date | null;

  @Field(() => Date)
  recordedAt!: Date;
}

export function toDiscoveryOrderModel(o: DiscoveryOrderEntity): DiscoveryOrderModel {
  return {
    id: o.id,
    kind: o.kind,
    interrogatoryLimit: o.interrogatoryLimit,
    source: o.source,
    status: o.status,
    basis: o.basis,
    proposedByPartyId: o.proposedByPartyId,
    agreedPartyIds: o.agreedPartyIds,
    effectiveAt: o.effectiveAt,
    recordedAt: o.recordedAt,
  };
}
