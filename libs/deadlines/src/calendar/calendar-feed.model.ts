import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed')
export class CalendarFeedModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The secret ICS address, shown once: subscribe to it in a calendar. Revoke the feed if it leaks.',
  })
  url!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}
