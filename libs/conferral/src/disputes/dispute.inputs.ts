import { Field, ID, InputType, IntersectionType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar, TextLimit, Trim } from '@parley/platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { MailedLetterInput } from '../conferrals/conferral.inputs';

@InputType()
export class OpenDisputeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field(() => [ID], {
    description: 'Served items of one responding party, answered or past their due date.',
  })
  @ArrayMinSize(1, { message: 'itemIds must name at least one served item' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'each of itemIds must be the id of a served item' })
  itemIds!: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Entries of the responding party’s served privilege logs that the dispute challenges (FRCP 26(b)(5)(A)): the requests they withhold from join the disputed items.',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'each of privilegeLogEntryIds must be the id of a served log entry' })
  privilegeLogEntryIds?: string[] | null;

  @Field({ description: 'What is wrong with the responses, in a few sentences.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'summary must say what is in dispute' })
  @MaxLength(TextLimit.SHORT_TEXT)
  summary!: string;
}

/**
 * A letter by which a party not on Parley disputes the answers to requests it served (or their absence),
 * entered from its scan by the side it reached: the dispute opens on its behalf, the letter its first
 * conferral (DOMAIN.md, "Parties not on Parley").
 */
@InputType()
export class RecordDisputeLetterInput extends IntersectionType(OpenDisputeInput, MailedLetterInput) {}

@InputType()
export class ResolveDisputeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;

  @Field({ description: 'What the parties agreed.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'resolution must say what was agreed' })
  @MaxLength(TextLimit.SHORT_TEXT)
  resolution!: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      'A date the responding party agreed to supplement its responses by; tracked as its deadline.',
  })
  @IsOptional()
  agreedDueOn?: CalendarDate;
}
