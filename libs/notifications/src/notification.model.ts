import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from './notification-kind';
import { NotificationEntity } from './notification.entity';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  message!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

export function toNotificationModel(n: NotificationEntity): NotificationModel {
  return {
    id: n.id,
    kind: n.kind,
    message: n.message,
    caseId: n.caseId,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}
