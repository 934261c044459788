import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { RegisterInput } from './register.input';

@InputType()
export class CreateCourtStaffInput extends RegisterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courtId must be the id of a court' })
  courtId!: string;
}
