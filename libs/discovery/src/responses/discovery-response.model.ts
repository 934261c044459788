import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { AdmissionAnswer, ProductionAnswer } from '../discovery-enums';
import { DiscoveryResponseEntity } from './discovery-response.entity';
import { ResponseItemEntity } from './response-item.entity';

@ObjectType('ResponseItem')
export class ResponseItemModel {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => [String])
  objections!: string[];

  @Field(() => AdmissionAnswer, { nullable: true })
  admission!: AdmissionAnswer | null;

  @Field(() => ProductionAnswer, { nullable: true })
  production!: ProductionAnswer | null;
}

@ObjectType('Verification')
export class VerificationModel {
  @Field({ description: 'Who swore to the answers: the party, or its officer or agent.' })
  signedBy!: string;

  @Field()
  signature!: string;

  @Field(() => CalendarDateScalar)
  verifiedOn!: string;
}

/** DiscoveryResponse.items is resolved by a DataLoader. */
@ObjectType('DiscoveryResponse')
export class DiscoveryResponseModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  setId!: string;

  @Field(() => Int, { description: '1 for the response; 2, 3 … for supplements (FRCP 26(e)).' })
  version!: number;

  @Field(() => Date)
  servedAt!: Date;

  @Field(() => CalendarDateScalar)
  servedOn!: CalendarDate;

  @Field(() => ServiceMethod)
  serviceMethod!: ServiceMethod;

  @Field()
  signature!: string;

  @Field({ description: 'Served after the response date.' })
  late!: boolean;

  @Field()
  paperSha256!: string;

  @Field(() => VerificationModel, {
    nullable: true,
    description: 'The answering party’s oath on interrogatory answers (FRCP 33(b)(3), (5)).',
  })
  verification!: VerificationModel | null;

  @Field({
    description: 'Interrogatory answers served without the answering party’s oath (FRCP 33(b)(3), (5)).',
  })
  unverified!: boolean;

  /** Recorded from the mail: DiscoveryResponseFieldsResolver.onPaper shows them. */
  recordedById!: string | null;
  receivedOn!: CalendarDate | null;
  scanDocumentId!: string | null;
}

export function toResponseModel(r: DiscoveryResponseEntity): DiscoveryResponseModel {
  return {
    id: r.id,
    setId: r.setId,
    version: r.version,
    servedAt: r.servedAt,
    servedOn: r.servedOn,
    serviceMethod: r.serviceMethod,
    signature: r.signature,
    late: r.late,
    paperSha256: r.paperSha256,
    verification: r.verification,
    unverified: r.unverified,
    recordedById: r.recordedById,
    receivedOn: r.receivedOn,
    scanDocumentId: r.scanDocumentId,
  };
}

export function toResponseItemModel(i: ResponseItemEntity): ResponseItemModel & { responseId: string } {
  return {
    itemId: i.itemId,
    answer: i.answer,
    objections: i.objections,
    admission: i.admission,
    production: i.production,
    responseId: i.responseId,
  };
}
