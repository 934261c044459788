import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@parley/platform';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { NotificationKind } from './notification-kind';
import { NotificationEntity } from './notification.entity';
import { NotificationModel, toNotificationModel } from './notification.model';

export interface InAppNotice {
  userId: string;
  caseId: string | null;
  kind: NotificationKind;
  message: string;
  /** Identifies the event; with the recipient it makes the delivery key. */
  eventId: string;
}

const LIST_LIMIT = 200;

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores in-app notices; one already delivered for the same event and recipient is skipped. */
  async deliverInApp(
    notices: InAppNotice[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    if (notices.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        notices.map(({ eventId, ...notice }) => ({
          ...notice,
          deliveryKey: `${eventId}:${notice.userId}:in-app`,
        })),
      )
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }

  async list(actor: Actor, unreadOnly: boolean): Promise<NotificationModel[]> {
    const rows = await this.dataSource.getRepository(NotificationEntity).find({
      where: { userId: actor.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LIST_LIMIT,
    });
    return rows.map(toNotificationModel);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .countBy({ userId: actor.userId, readAt: IsNull() });
  }

  /** Marks the actor's own notices read (all of them when no ids are given); others' ids are ignored. */
  async markRead(actor: Actor, ids: string[] | null): Promise<number> {
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update(
        { userId: actor.userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) },
        { readAt: new Date() },
      );
    return result.affected ?? 0;
  }
}
