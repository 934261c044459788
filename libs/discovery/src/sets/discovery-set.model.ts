import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { DiscoveryKind, SetStatus } from '../discovery-enums';
import { DiscoveryItemEntity } from './discovery-item.entity';
import { DiscoverySetEntity } from './discovery-set.entity';

@ObjectType('DiscoveryItem')
export class DiscoveryItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  text!: string;

  @Field(() => Int, {
    description: 'Discrete subparts; each counts toward FRCP 33(a)(1)’s limit (none counts as one).',
  })
  subparts!: number;
}

@ObjectType('DiscoveryFlag')
export class DiscoveryFlagModel {
  @Field({ description: 'The rule, e.g. "FRCP 36(a)(3)".' })
  rule!: string;

  @Field()
  message!: string;
}

/**
 * Relations (parties, items, response, supplements, deadline, flags) are resolved by
 * DiscoverySetFieldsResolver with DataLoaders.
 */
@ObjectType('DiscoverySet')
export class DiscoverySetModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => DiscoveryKind)
  kind!: DiscoveryKind;

  @Field()
  title!: string;

  @Field(() => SetStatus)
  status!: SetStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When service was made; for early Rule 34 requests, the Rule 26(f) conference.',
  })
  servedAt!: Date | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'The court’s calendar day of service (FRCP 6(a)(4)).',
  })
  servedOn!: CalendarDate | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When early Rule 34 requests were delivered (FRCP 26(d)(2)).',
  })
  deliveredAt!: Date | null;

  @Field(() => ServiceMethod, { nullable: true })
  serviceMethod!: ServiceMethod | null;

  @Field(() => String, { nullable: true, description: 'The typed signature, "/s/ Name" (FRCP 26(g)(1)).' })
  signature!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the paper as served.' })
  paperSha256!: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  responseDueOn!: CalendarDate | null;

  @Field({
    description:
      'Flagged when served: responses fall due after the discovery cut-off, so the requests are not enforceable without a court order (Civil L.R. 37-3); a dispute over them needs that order to go to the court.',
  })
  dueAfterCutoff!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  servingPartyId!: string;
  respondingPartyId!: string;
  /** Recorded from the mail: DiscoverySetFieldsResolver.onPaper shows them. */
  recordedById!: string | null;
  receivedOn!: CalendarDate | null;
  scanDocumentId!: string | null;
}

export function toDiscoverySetModel(s: DiscoverySetEntity): DiscoverySetModel {
  return {
    id: s.id,
    caseId: s.caseId,
    kind: s.kind,
    title: s.title,
    status: s.status,
    servedAt: s.servedAt,
    servedOn: s.servedOn,
    deliveredAt: s.deliveredAt,
    serviceMethod: s.serviceMethod,
    signature: s.signature,
    paperSha256: s.paperSha256,
    responseDueOn: s.responseDueOn,
    dueAfterCutoff: s.dueAfterCutoff,
    createdAt: s.createdAt,
    servingPartyId: s.servingPartyId,
    respondingPartyId: s.respondingPartyId,
    recordedById: s.recordedById,
    receivedOn: s.receivedOn,
    scanDocumentId: s.scanDocumentId,
  };
}

/** An item as JSON, from the alias `i`, for readJson. */
export const ITEM_JSON = `json_build_object('id', i.id, 'number', i.number, 'text', i.text,
  'subparts', i.subparts, 'setId', i.set_id)`;

export type ItemRow = DiscoveryItemModel & { setId: string };

export function toDiscoveryItemModel(i: DiscoveryItemEntity): DiscoveryItemModel & { setId: string } {
  return { id: i.id, number: i.number, text: i.text, subparts: i.subparts, setId: i.setId };
}
