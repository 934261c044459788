import { UserEntity } from '@parley/accounts';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';

/** How a user wants notices beyond the in-app list (which always keeps them). */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'boolean' })
  emailEnabled!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
