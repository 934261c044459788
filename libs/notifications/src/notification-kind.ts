import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  MEMBER_JOINED = 'MEMBER_JOINED',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
