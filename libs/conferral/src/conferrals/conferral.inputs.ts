import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar, TextLimit, Trim } from '@parley/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ConferralAnswer, ConferralMode } from '../conferral-enums';

@InputType()
export class RequestConferenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;

  @Field(() => ConferralMode)
  @IsEnum(ConferralMode)
  mode!: ConferralMode;

  @Field(() => [Date], { description: 'Times you can confer.' })
  @ArrayMinSize(1, { message: 'proposedTimes must offer at least one time' })
  @ArrayMaxSize(10)
  @Type(() => Date)
  @IsDate({ each: true })
  proposedTimes!: Date[];

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'message must not be empty' })
  @MaxLength(TextLimit.SHORT_TEXT)
  message!: string;
}

@InputType()
export class AnswerConferenceRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be the id of a request to confer' })
  requestId!: string;

  @Field(() => ConferralAnswer)
  @IsEnum(ConferralAnswer)
  answer!: ConferralAnswer;

  @Field(() => Date, { nullable: true, description: 'ACCEPT: the proposed time taken.' })
  @IsOptional()
  @IsDate()
  acceptedTime?: Date;

  @Field(() => [Date], { nullable: true, description: 'COUNTER: the times you offer instead.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Type(() => Date)
  @IsDate({ each: true })
  counterTimes?: Date[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.SHORT_TEXT)
  message?: string;
}

@InputType()
export class LogConferenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;

  @Field(() => ConferralMode, { description: 'IN_PERSON, VIDEO or TELEPHONE for a conference.' })
  @IsEnum(ConferralMode)
  @IsIn(['IN_PERSON', 'VIDEO', 'TELEPHONE'], {
    message: 'a conference is held IN_PERSON, by VIDEO or by TELEPHONE; send letters with sendLetter',
  })
  mode!: ConferralMode;

  @Field(() => Date)
  @IsDate()
  heldAt!: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  durationMinutes!: number;

  @Field(() => [String], { description: 'Who took part, with their roles.' })
  @ArrayMinSize(2, { message: 'participants must name at least one person from each side' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TextLimit.NAME, { each: true })
  participants!: string[];

  @Field({ description: 'What was discussed.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'summary must say what was discussed' })
  @MaxLength(TextLimit.LONG_TEXT)
  summary!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether lead counsel took part (many standing orders ask).',
  })
  @IsOptional()
  @IsBoolean()
  leadCounselParticipated?: boolean;

  @Field(() => String, { nullable: true, description: 'What was agreed.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.LONG_TEXT)
  agreed?: string;

  @Field(() => String, { nullable: true, description: 'What is still disputed.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.LONG_TEXT)
  stillDisputed?: string;
}

@InputType()
export class ContestConferenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be the id of a conference record' })
  eventId!: string;

  @Field({ description: 'What the record gets wrong.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reason must say what the record gets wrong' })
  @MaxLength(TextLimit.SHORT_TEXT)
  reason!: string;
}

@InputType()
export class SendLetterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(TextLimit.LONG_TEXT)
  body!: string;

  @Field(() => ConferralMode, { nullable: true, description: 'LETTER (default) or EMAIL.' })
  @IsOptional()
  @IsIn(['LETTER', 'EMAIL'], { message: 'mode must be LETTER or EMAIL' })
  mode?: ConferralMode;
}

@InputType()
export class RecordNoShowInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be the id of a request to confer' })
  requestId!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'The time that was not kept: the time the other side accepted (the default), or one it offered in its counter.',
  })
  @IsOptional()
  @IsDate()
  scheduledFor?: Date;

  @Field({ description: 'What happened: how you were ready to confer, and what you heard back.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'note must say what happened' })
  @MaxLength(TextLimit.SHORT_TEXT)
  note!: string;
}

/**
 * A letter a party not on Parley mailed, as the other side enters it from its scan (DOMAIN.md, "Parties
 * not on Parley"): it counts toward a letter exchange as one sent in Parley.
 */
@InputType({ isAbstract: true })
export class MailedLetterInput {
  @Field(() => ID, { description: 'The party not on Parley that wrote it: the other side of the dispute.' })
  @IsUUID('all', { message: 'fromPartyId must be the id of a party' })
  fromPartyId!: string;

  @Field(() => CalendarDateScalar, {
    description:
      'The day it was mailed (for a prisoner, handed to prison staff for mailing), as it is dated.',
  })
  sentOn!: CalendarDate;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The day it arrived; default today.' })
  @IsOptional()
  receivedOn?: CalendarDate;

  @Field(() => ID, { description: 'The scan your party uploaded (POST /documents).' })
  @IsUUID('all', { message: 'documentId must be the id of a document' })
  documentId!: string;

  @Field({ description: 'The letter’s text, transcribed, or what it says.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty: transcribe the letter, or say what it says' })
  @MaxLength(TextLimit.LONG_TEXT)
  body!: string;
}

/** A mailed letter about a dispute already open. */
@InputType()
export class RecordLetterInput extends MailedLetterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;
}
