import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { IsUUID } from 'class-validator';

@InputType()
export class AgreeExtensionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'setId must be the id of a discovery set' })
  setId!: string;

  @Field(() => CalendarDateScalar, {
    description: 'The new response date; takes effect when both sides give the same one.',
  })
  newDueOn!: CalendarDate;
}
