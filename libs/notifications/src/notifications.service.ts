import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@parley/platform';
import { DataSource, In, IsNull } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import { NotificationModel, toNotificationModel } from './notification.model';

const LIST_LIMIT = 200;

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
