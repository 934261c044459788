import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { IsUUID } from 'class-validator';

@InputType()
export class MarkMailedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'mailingId must be the id of a mailing' })
  mailingId!: string;

  @Field(() => CalendarDateScalar, {
    description: 'The day it went in the mail; its certificate of service is dated that day.',
  })
  mailedOn!: CalendarDate;
}
