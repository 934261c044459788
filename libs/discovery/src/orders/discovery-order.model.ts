import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DiscoveryOrderEntity, DiscoveryOrderKind } from './discovery-order.entity';

registerEnumType(DiscoveryOrderKind, {
  name: 'DiscoveryOrderKind',
  description:
    'INTERROGATORY_LIMIT: a stipulation or order changing FRCP 33(a)(1)’s 25. EARLY_DISCOVERY: one allowing discovery before the Rule 26(f) conference (FRCP 26(d)(1)).',
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

  @Field(() => Date)
  recordedAt!: Date;
}

export function toDiscoveryOrderModel(o: DiscoveryOrderEntity): DiscoveryOrderModel {
  return {
    id: o.id,
    kind: o.kind,
    interrogatoryLimit: o.interrogatoryLimit,
    source: o.source,
    recordedAt: o.recordedAt,
  };
}
