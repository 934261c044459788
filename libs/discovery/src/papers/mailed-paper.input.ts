import { Field, ID, InputType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { CalendarDate, CalendarDateScalar, TextLimit, Trim } from '@parley/platform';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * What a paper that came by mail from a party not on Parley adds to its content: how and when it was
 * served, when it arrived, its scan and the signature it bears (DOMAIN.md, "Parties not on Parley").
 */
@InputType({ isAbstract: true })
export class MailedPaperInput {
  @Field(() => ServiceMethod, { description: 'How it was served: MAIL, as a rule.' })
  @IsEnum(ServiceMethod)
  method!: ServiceMethod;

  @Field(() => Date, {
    description:
      'The day it was mailed (for a prisoner, handed to prison staff for mailing) as its certificate of service states; its day in the court’s time zone counts.',
  })
  @IsDate()
  servedAt!: Date;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The day it arrived; default today.' })
  @IsOptional()
  receivedOn?: CalendarDate;

  @Field(() => ID, { description: 'The scan your party uploaded (POST /documents).' })
  @IsUUID('all', { message: 'documentId must be the id of a document' })
  documentId!: string;

  @Field({
    nullable: true,
    description: 'The signature as the paper bears it; default "Signed by hand: <party>".',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  signature?: string;
}
