import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, JSONObjectScalar } from '@parley/platform';
import { AuditEventEntity } from './audit-event.entity';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;

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

@ObjectType('AuditVerification')
export class AuditVerificationModel {
  @Field()
  valid!: boolean;

  @Field(() => Int)
  eventCount!: number;

  @Field(() => Int, { nullable: true, description: 'The seq of the first event that breaks the chain.' })
  brokenAt!: number | null;
}

export function toAuditEventModel(event: AuditEventEntity): AuditEventModel {
  const { id, seq, occurredAt, actorId, action, subjectType, subjectId, before, after, prevHash, hash } =
    event;
  return { id, seq, occurredAt, actorId, action, subjectType, subjectId, before, after, prevHash, hash };
}
