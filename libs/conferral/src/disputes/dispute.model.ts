import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { DisputeSide, DisputeStatus, ResolutionProposalStatus } from '../conferral-enums';
import { DisputeEntity } from './dispute.entity';
import { ResolutionProposalEntity } from './resolution-proposal.entity';

@ObjectType('ConferralAttempt', {
  description:
    'A request to confer that became its sender’s attempt to confer (FRCP 37(a)(1); Civil L.R. 37-1(b)): it counts for that side alone.',
})
export class AttemptModel {
  @Field(() => ID)
  requestId!: string;

  @Field(() => DisputeSide, { description: 'The side that asked to confer.' })
  by!: DisputeSide;

  @Field(() => Date, { description: 'When the request became an attempt.' })
  at!: Date;

  @Field({
    description:
      'UNANSWERED (no answer offering a time within the court’s days, or a late one), DECLINED, NOT_ATTENDED (a time accepted or offered was not kept), or NO_TIME_OFFERED.',
  })
  how!: string;

  @Field({ description: 'What the other side did, in words.' })
  otherSide!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The other side’s reason, where it contests the record that it did not attend.',
  })
  contested!: string | null;
}

@ObjectType('ConferralAssessment')
export class ConferralAssessmentModel {
  @Field(() => DisputeSide, { description: 'The side assessed as the one that would go to the court.' })
  side!: DisputeSide;

  @Field({
    description:
      'That side holds conferral, or an attempt of its own, that the rules accept (FRCP 37(a)(1)).',
  })
  qualifies!: boolean;

  @Field(() => String, { nullable: true, description: 'CONFERENCE, LETTER_EXCHANGE or ATTEMPT.' })
  basis!: string | null;

  @Field(() => String, { nullable: true })
  rule!: string | null;

  @Field()
  explanation!: string;

  @Field(() => Date, {
    description:
      'Conferral counts from here: the responses in dispute, or the court’s latest return to confer.',
  })
  countFrom!: Date;

  @Field(() => AttemptModel, { nullable: true, description: 'The side’s own attempt relied on.' })
  attempt!: AttemptModel | null;

  @Field(() => [AttemptModel], { description: 'Every attempt on the record, each credited to its side.' })
  attempts!: AttemptModel[];
}

@ObjectType('ResolutionProposal', {
  description:
    'The responding side’s proposed resolution: it takes effect when the moving side accepts it (acceptResolution).',
})
export class ResolutionProposalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  proposedByPartyId!: string;

  @Field()
  resolution!: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  agreedDueOn!: CalendarDate | null;

  @Field(() => ResolutionProposalStatus)
  status!: ResolutionProposalStatus;

  @Field(() => Date)
  proposedAt!: Date;
}

export function toResolutionProposalModel(p: ResolutionProposalEntity): ResolutionProposalModel {
  return {
    id: p.id,
    proposedByPartyId: p.proposedByPartyId,
    resolution: p.resolution,
    agreedDueOn: p.agreedDueOn,
    status: p.status,
    proposedAt: p.proposedAt,
  };
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

  @Field(() => Date, {
    nullable: true,
    description:
      'When the court last returned the dispute to confer: only conferral and a certification after it count.',
  })
  returnedToConferAt!: Date | null;

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
    returnedToConferAt: d.returnedToConferAt,
    resolution: d.resolution,
    closedAt: d.closedAt,
    requestingPartyId: d.requestingPartyId,
    respondingPartyId: d.respondingPartyId,
  };
}
