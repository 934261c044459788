import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { EscalationStatus, RulingOutcome } from '../court-review-enums';

/** Parties as the packet names them: nothing more of them is reachable from here. */
@ObjectType('EscalationParty')
export class EscalationPartyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  side!: string;
}

@ObjectType('EscalationItem')
export class EscalationItemModel {
  @Field(() => Int)
  number!: number;

  @Field()
  kind!: string;

  @Field()
  setTitle!: string;

  @Field({ description: 'The request in full (Civil L.R. 37-2).' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The response to it, as served (latest supplement included).',
  })
  response!: string | null;

  @Field(() => [String])
  objections!: string[];

  @Field({
    description:
      'Responses to it fell due after the discovery cut-off: not enforceable without a court order (Civil L.R. 37-3).',
  })
  dueAfterCutoff!: boolean;
}

@ObjectType('EscalationPrivilegeLogEntry', {
  description: 'A privilege log entry in dispute, as the packet sets it out (FRCP 26(b)(5)(A)).',
})
export class EscalationPrivilegeLogEntryModel {
  @Field(() => Int)
  number!: number;

  @Field()
  producingParty!: string;

  @Field(() => CalendarDateScalar)
  date!: string;

  @Field()
  author!: string;

  @Field(() => [String])
  recipients!: string[];

  @Field()
  documentType!: string;

  @Field()
  subject!: string;

  @Field({ description: 'The privilege or protection claimed, in words.' })
  privilege!: string;

  @Field(() => String, { nullable: true })
  batesRange!: string | null;

  @Field(() => [String], { description: 'The requests it withholds from, in full.' })
  requests!: string[];
}

@ObjectType('EscalationConferral')
export class EscalationConferralModel {
  @Field()
  kind!: string;

  @Field()
  mode!: string;

  @Field(() => Date)
  heldAt!: Date;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => [String])
  participants!: string[];

  @Field(() => Boolean, { nullable: true })
  leadCounselParticipated!: boolean | null;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true })
  agreed!: string | null;

  @Field(() => String, { nullable: true })
  stillDisputed!: string | null;

  @Field({ description: 'The party that recorded it or sent it.' })
  from!: string;

  @Field()
  confirmation!: string;

  @Field({
    description:
      'CONFIRMED, UNCONFIRMED or CONTESTED by the other side (letters, delivered by Parley, are confirmed); it may change until the other side’s part of the joint letter is due.',
  })
  standing!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The other side’s reason, where it contests the record.',
  })
  contestReason!: string | null;

  @Field({
    description:
      'False for a record that does not count: held before the responses in dispute, or before the court returned the dispute to confer.',
  })
  counts!: boolean;
}

@ObjectType('EscalationAttempt', {
  description:
    'A request to confer that became its sender’s attempt to confer (FRCP 37(a)(1); Civil L.R. 37-1(b)).',
})
export class EscalationAttemptModel {
  @Field({ description: 'The party that asked to confer.' })
  by!: string;

  @Field(() => Date)
  at!: Date;

  @Field({ description: 'UNANSWERED, DECLINED, NOT_ATTENDED or NO_TIME_OFFERED.' })
  how!: string;

  @Field({ description: 'What the other side did.' })
  otherSide!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its reason, where it contests that it did not attend.',
  })
  contested!: string | null;
}

@ObjectType('EscalationNoShow', { description: 'The requester’s record that the other side did not attend.' })
export class EscalationNoShowModel {
  @Field(() => Date, { description: 'The time accepted or offered that was not kept.' })
  scheduledFor!: Date;

  @Field(() => Date)
  recordedAt!: Date;

  @Field()
  note!: string;

  @Field({ description: 'CONFIRMED, UNCONFIRMED or CONTESTED by the other side.' })
  standing!: string;

  @Field(() => String, { nullable: true })
  contestReason!: string | null;
}

@ObjectType('EscalationConferralRequest')
export class EscalationConferralRequestModel {
  @Field()
  mode!: string;

  @Field(() => Date)
  requestedAt!: Date;

  @Field({ description: 'The party that asked to confer.' })
  from!: string;

  @Field()
  message!: string;

  @Field({ description: 'PENDING, ACCEPTED, COUNTERED or DECLINED.' })
  status!: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The other side’s last day to answer.' })
  answerByOn!: CalendarDate | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field({ description: 'Answered after the time ran: the attempt already made stands.' })
  answeredLate!: boolean;

  @Field(() => [Date], { description: 'The time accepted, or the times offered instead.' })
  answerTimes!: Date[];

  @Field(() => EscalationNoShowModel, { nullable: true })
  noShow!: EscalationNoShowModel | null;

  @Field(() => EscalationAttemptModel, {
    nullable: true,
    description: 'Whether, when and how it became an attempt.',
  })
  attempt!: EscalationAttemptModel | null;

  @Field({
    description:
      'False for a request that does not count: made before the court returned the dispute to confer.',
  })
  counts!: boolean;
}

@ObjectType('EscalationCertification')
export class EscalationCertificationModel {
  @Field()
  party!: string;

  @Field()
  statement!: string;

  @Field()
  signature!: string;

  @Field()
  signedBy!: string;

  @Field(() => Date)
  signedAt!: Date;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether it still stood at escalation (not stale, not before a return to confer).',
  })
  stands!: boolean | null;
}

@ObjectType('Position')
export class PositionModel {
  @Field(() => EscalationPartyModel)
  party!: EscalationPartyModel;

  @Field({ description: 'The side’s position, issue by issue.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Its final proposed compromise.' })
  compromise!: string | null;

  @Field(() => Date)
  submittedAt!: Date;
}

@ObjectType('Ruling')
export class RulingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RulingOutcome)
  outcome!: RulingOutcome;

  @Field()
  orderText!: string;

  @Field(() => Int, { nullable: true })
  complianceDays!: number | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      'Counted under FRCP 6 from the day of the ruling, as entered. If the court’s calendar changes later, the compliance deadline (deadlines) carries the date counted again; the ruling stays as entered.',
  })
  complianceDueOn!: CalendarDate | null;

  @Field(() => EscalationPartyModel, { nullable: true, description: 'The party ordered to comply.' })
  orderedParty!: EscalationPartyModel | null;

  @Field()
  ruledBy!: string;

  @Field(() => Date)
  ruledAt!: Date;
}

@ObjectType('ConferralBasis')
export class ConferralBasisModel {
  @Field()
  basis!: string;

  @Field()
  rule!: string;

  @Field()
  explanation!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The escalating party, whose conferral or attempt this is.',
  })
  movant!: string | null;

  @Field(() => EscalationAttemptModel, {
    nullable: true,
    description: 'The escalating party’s own attempt relied on, where the basis is an attempt.',
  })
  attempt!: EscalationAttemptModel | null;

  @Field(() => Date, { nullable: true, description: 'When the court last returned the dispute to confer.' })
  returnedToConferAt!: Date | null;
}

/**
 * What the court sees of a dispute: the packet fixed at escalation, the positions and the ruling.
 * Every field is resolved from these alone, so no path leads to the rest of the case.
 */
@ObjectType('Escalation')
export class EscalationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => EscalationStatus)
  status!: EscalationStatus;

  @Field(() => Date)
  escalatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it went before the court.' })
  submittedAt!: Date | null;

  @Field({ description: 'The case caption, e.g. "Luckert v. Brannon".' })
  caption!: string;

  @Field()
  court!: string;

  @Field()
  docketNumber!: string;

  @Field()
  judge!: string;

  @Field(() => [EscalationPartyModel])
  parties!: EscalationPartyModel[];

  @Field(() => EscalationPartyModel)
  escalatingParty!: EscalationPartyModel;

  @Field(() => [EscalationItemModel])
  items!: EscalationItemModel[];

  @Field(() => [EscalationPrivilegeLogEntryModel], {
    description: 'The privilege log entries in dispute, each with the requests it withholds from.',
  })
  privilegeLogEntries!: EscalationPrivilegeLogEntryModel[];

  @Field(() => [EscalationConferralModel], { description: 'The conferral history, oldest first.' })
  conferrals!: EscalationConferralModel[];

  @Field(() => [EscalationConferralRequestModel], {
    description:
      'Requests to confer, their answers, recorded absences, and which became attempts; oldest first.',
  })
  requests!: EscalationConferralRequestModel[];

  @Field(() => ConferralBasisModel, { description: 'Why the conferral requirement was met.' })
  conferralBasis!: ConferralBasisModel;

  @Field(() => [EscalationCertificationModel])
  certifications!: EscalationCertificationModel[];

  @Field(() => CalendarDateScalar, { description: 'The other side’s last day to add its part.' })
  positionDueOn!: CalendarDate;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the other side added its part; false once its time ran without it.',
  })
  otherSideResponded!: boolean | null;

  @Field(() => [PositionModel])
  positions!: PositionModel[];

  @Field(() => RulingModel, { nullable: true })
  ruling!: RulingModel | null;

  /** For EscalationScansResolver: the dispute whose papers it sets out. */
  disputeId!: string;
}
