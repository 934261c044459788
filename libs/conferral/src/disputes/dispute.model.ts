import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DisputeStatus } from '../conferral-enums';
import { DisputeEntity } from './dispute.entity';

@ObjectType('ConferralAssessment')
export class ConferralAssessmentModel {
  @Field({
    description: 'The dispute holds conferral, or an attempt, that the rules accept (FRCP 37(a)(1)).',
  })
  qualifies!: boolean;

  @Field(() => String, { nullable: true, description: 'CONFERENCE, LETTER_EXCHANGE or ATTEMPT.' })
  basis!: string | null;

  @Field(() => String, { nullable: true })
  rule!: string | null;

  @Field()
  explanation!: string;
}

/** Relations (items, parties, conferrals, requests, certifications, escalation) have field resolvers. */
@ObjectType('Dispute')
export class DisputeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => DisputeStatus)
  status!: DisputeStatus;

  @Field()
  summary!: string;

  @Field(() => Date)
  openedAt!: Date;

  @Field(() => Date, {
    description: 'Conferral counts from here: the responses in dispute, or their passing due date.',
  })
  conferFrom!: Date;

  @Field(() => String, { nullable: true })
  resolution!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  requestingPartyId!: string;
  respondingPartyId!: string;
}

export function toDisputeModel(d: DisputeEntity): DisputeModel {
  return {
    id: d.id,
    caseId: d.caseId,
    status: d.status,
    summary: d.summary,
    openedAt: d.openedAt,
    conferFrom: d.conferFrom,
    resolution: d.resolution,
    closedAt: d.closedAt,
    requestingPartyId: d.requestingPartyId,
    respondingPartyId: d.respondingPartyId,
  };
}
