import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, JSONObjectScalar } from '@parley/platform';
import { AuditEventEntity } from './audit-event.entity';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Its place in its chain: the case’s, or your party’s own.' })
  seq!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Set when the event is your party’s private work (a draft), on your party’s own chain.',
  })
  partyId!: string | null;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Null when Parley itself acted (a deadline, a job).' })
  actorId!: string | null;

  @Field()
  action!: string;

  @Field()
  subjectType!: string;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => JSONObjectScalar, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectScalar, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field()
  prevHash!: string;

  @Field()
  hash!: string;
}

@ObjectType()
export class AuditConnection extends Connection(AuditEventModel, 'Audit') {}

@ObjectType('AuditChainVerification')
export class AuditChainVerificationModel {
  @Field(() => ID, { nullable: true, description: 'Null for the case’s chain; else your party’s own.' })
  partyId!: string | null;

  @Field()
  valid!: boolean;

  @Field(() => Int)
  eventCount!: number;

  @Field(() => Int, { nullable: true })
  brokenAt!: number | null;
}

@ObjectType('AuditVerification', {
  description: 'The case’s chain and your parties’ own chains, each verified; counts cover only those.',
})
export class AuditVerificationModel {
  @Field()
  valid!: boolean;

  @Field(() => Int)
  eventCount!: number;

  @Field(() => Int, { nullable: true, description: 'The seq of the first event that breaks a chain.' })
  brokenAt!: number | null;

  @Field(() => [AuditChainVerificationModel])
  chains!: AuditChainVerificationModel[];
}

export function toAuditEventModel(event: AuditEventEntity): AuditEventModel {
  const { id, seq, partyId, occurredAt, actorId, action, subjectType, subjectId, before, after } = event;
  const { prevHash, hash } = event;
  return {
    id,
    seq,
    partyId,
    occurredAt,
    actorId,
    action,
    subjectType,
    subjectId,
    before,
    after,
    prevHash,
    hash,
  };
}
