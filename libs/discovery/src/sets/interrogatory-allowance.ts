import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsUUID, Max, Min } from 'class-validator';

@InputType({ description: 'A set of interrogatories being drafted, counted before it is saved or served.' })
export class InterrogatoryAllowanceInput {
  @Field(() => ID, { description: 'Your party, which would serve the set.' })
  @IsUUID('all', { message: 'servingPartyId must be an id' })
  servingPartyId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'respondingPartyId must be an id' })
  respondingPartyId!: string;

  @Field(() => [Int], {
    description:
      'Each interrogatory’s discrete subparts, in order (0 when none): the text is not needed to count.',
  })
  @ArrayMaxSize(200, { message: 'a set may hold at most 200 interrogatories' })
  @IsInt({ each: true, message: 'subparts must be whole numbers' })
  @Min(0, { each: true, message: 'subparts cannot be negative' })
  @Max(50, { each: true, message: 'an interrogatory may have at most 50 subparts' })
  subparts!: number[];
}

@ObjectType({
  description:
    'FRCP 33(a)(1): how many interrogatories, discrete subparts included, this party has served on that one, what this set adds, and the limit in effect.',
})
export class InterrogatoryAllowanceModel {
  @Field(() => Int, { description: 'What this set counts for, discrete subparts included.' })
  thisSet!: number;

  @Field(() => Int, { description: 'Already served on that party (served, answered or overdue sets).' })
  alreadyServed!: number;

  @Field(() => Int, { description: '25 unless a stipulation or order in effect says otherwise.' })
  limit!: number;

  @Field(() => Int, { description: 'Left after this set; negative when it goes over.' })
  remaining!: number;

  @Field()
  allowed!: boolean;

  @Field()
  rule!: string;

  @Field({ description: 'In plain words, for the person drafting.' })
  explanation!: string;
}
