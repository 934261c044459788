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

  @Field(() => [EscalationConferralModel], { description: 'The conferral history, oldest first.' })
  conferrals!: EscalationConferralModel[];

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
}
