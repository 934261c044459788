import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CertificationEntity } from './certification.entity';

@ObjectType('Certification')
export class CertificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partyId!: string;

  @Field()
  statement!: string;

  @Field()
  signature!: string;

  @Field({ description: 'Who signed it.' })
  signedBy!: string;

  @Field(() => Date)
  signedAt!: Date;

  @Field({ description: 'SHA-256 of the conferral records it relies on, as they stood when signed.' })
  recordsSha256!: string;

  @Field({ description: 'Those records have changed since: the certification no longer stands.' })
  stale!: boolean;
}

export function toCertificationModel(c: CertificationEntity, stale: boolean): CertificationModel {
  return {
    id: c.id,
    partyId: c.partyId,
    statement: c.statement,
    signature: c.signature,
    signedBy: c.signedByName,
    signedAt: c.signedAt,
    recordsSha256: c.recordsSha256,
    stale,
  };
}
