import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  MEMBER_JOINED = 'MEMBER_JOINED',
  SET_SERVED = 'SET_SERVED',
  SET_WITHDRAWN = 'SET_WITHDRAWN',
  RESPONSE_SERVED = 'RESPONSE_SERVED',
  EXTENSION_PROPOSED = 'EXTENSION_PROPOSED',
  EXTENSION_AGREED = 'EXTENSION_AGREED',
  DISCOVERY_ORDER_RECORDED = 'DISCOVERY_ORDER_RECORDED',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
