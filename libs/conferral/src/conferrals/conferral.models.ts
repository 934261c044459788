import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import {
  ConferralEventKind,
  ConferralMode,
  ConferralRequestStatus,
  ConfirmationStatus,
} from '../conferral-enums';
import { ConferralEventEntity } from './conferral-event.entity';
import { ConferralRequestEntity } from './conferral-request.entity';

@ObjectType('ConferralEvent')
export class ConferralEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  disputeId!: string;

  @Field(() => ConferralEventKind)
  kind!: ConferralEventKind;

  @Field(() => ConferralMode)
  mode!: ConferralMode;

  @Field(() => Date, {
    description: 'When the conference was held, the letter sent, or (NO_SHOW) the time that was not kept.',
  })
  heldAt!: Date;

  @Field(() => Date, { description: 'When it was recorded in Parley.' })
  recordedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'NO_SHOW: the request whose time was not kept.' })
  requestId!: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => [String])
  participants!: string[];

  @Field(() => Boolean, { nullable: true })
  leadCounselParticipated!: boolean | null;

  @Field({ description: 'What was discussed, or the letter’s text.' })
  summary!: string;

  @Field(() => String, { nullable: true })
  agreed!: string | null;

  @Field(() => String, { nullable: true })
  stillDisputed!: string | null;

  @Field(() => ID, {
    description: 'The party that recorded the conference or the absence, or sent the letter.',
  })
  fromPartyId!: string;

  @Field(() => ConfirmationStatus)
  confirmation!: ConfirmationStatus;

  @Field({
    description: 'The other side confirmed the record (letters need no confirmation).',
  })
  confirmed!: boolean;

  @Field(() => String, { nullable: true })
  contestReason!: string | null;

  /** Entered from the mail: ConferralEventFieldsResolver.onPaper shows them. */
  recordedById!: string | null;
  receivedOn!: CalendarDate | null;
  scanDocumentId!: string | null;
}

export function toConferralEventModel(e: ConferralEventEntity): ConferralEventModel {
  return {
    id: e.id,
    disputeId: e.disputeId,
    kind: e.kind,
    mode: e.mode,
    heldAt: e.heldAt,
    recordedAt: e.recordedAt,
    requestId: e.requestId,
    durationMinutes: e.durationMinutes,
    participants: e.participants,
    leadCounselParticipated: e.leadCounselParticipated,
    summary: e.summary,
    agreed: e.agreed,
    stillDisputed: e.stillDisputed,
    fromPartyId: e.fromPartyId,
    confirmation: e.confirmation,
    confirmed:
      e.confirmation === ConfirmationStatus.CONFIRMED || e.confirmation === ConfirmationStatus.NOT_NEEDED,
    contestReason: e.contestReason,
    // Only a letter entered from the mail shows who entered it.
    recordedById: e.scanDocumentId ? e.recordedById : null,
    receivedOn: e.receivedOn,
    scanDocumentId: e.scanDocumentId,
  };
}

@ObjectType('ConferralRequest')
export class ConferralRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  disputeId!: string;

  @Field(() => ID)
  fromPartyId!: string;

  @Field(() => ConferralMode)
  mode!: ConferralMode;

  @Field(() => [Date])
  proposedTimes!: Date[];

  @Field()
  message!: string;

  @Field(() => ConferralRequestStatus)
  status!: ConferralRequestStatus;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      'The other side’s last day to answer: the court’s conferral response days, counted under FRCP 6.',
  })
  answerByOn!: CalendarDate | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field({
    description:
      'Answered after the other side’s time ran: a late answer does not undo the attempt already made.',
  })
  answeredLate!: boolean;

  @Field(() => String, { nullable: true })
  answerMessage!: string | null;

  @Field(() => Date, { nullable: true })
  acceptedTime!: Date | null;

  @Field(() => [Date], { nullable: true })
  counterTimes!: Date[] | null;
}

export function toConferralRequestModel(r: ConferralRequestEntity): ConferralRequestModel {
  return {
    id: r.id,
    disputeId: r.disputeId,
    fromPartyId: r.fromPartyId,
    mode: r.mode,
    proposedTimes: r.proposedTimes,
    message: r.message,
    status: r.status,
    requestedAt: r.requestedAt,
    answerByOn: r.answerByOn,
    answeredAt: r.answeredAt,
    answeredLate: !!(r.answeredAt && r.answerBy && r.answeredAt.getTime() >= r.answerBy.getTime()),
    answerMessage: r.answerMessage,
    acceptedTime: r.acceptedTime,
    counterTimes: r.counterTimes,
  };
}
