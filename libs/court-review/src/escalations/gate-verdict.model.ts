import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One thing the gate still needs, with what to do about it.' })
export class GateElementModel {
  @Field({
    description:
      'ITEM_NOT_SERVED, NO_QUALIFYING_CONFERRAL, NO_CERTIFICATION, CERTIFICATION_STALE, PAST_CUTOFF, DISPUTE_CLOSED or NO_ORDER_AFTER_CUTOFF, as escalateDispute’s extensions.missing names them.',
  })
  code!: string;

  @Field({ description: 'In plain words, with the rule.' })
  explanation!: string;
}

@ObjectType({
  description:
    'The gate as escalateDispute would judge it now for one side as movant (FRCP 37(a)(1); Civil L.R. 37-1, 37-3): a checklist, not a promise (the record may change before you escalate).',
})
export class GateVerdictModel {
  @Field()
  open!: boolean;

  @Field(() => [GateElementModel])
  missing!: GateElementModel[];
}
