import { Args, Field, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Access, Actor, CurrentActor } from '@parley/platform';
import { IsBoolean } from 'class-validator';
import { DataSource } from 'typeorm';
import { NotificationPreferenceEntity } from './notification-preference.entity';

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field({ description: 'Notices also go to your email address (on unless you turn it off).' })
  email!: boolean;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field()
  @IsBoolean()
  email!: boolean;
}

@Resolver(() => NotificationPreferencesModel)
export class PreferencesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => NotificationPreferencesModel)
  @Access.signedIn()
  async notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesModel> {
    const row = await this.dataSource
      .getRepository(NotificationPreferenceEntity)
      .findOneBy({ userId: actor.userId });
    return { email: row?.emailEnabled ?? true };
  }

  @Mutation(() => NotificationPreferencesModel)
  @Access.signedIn()
  async updateNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesModel> {
    await this.dataSource
      .getRepository(NotificationPreferenceEntity)
      .upsert({ userId: actor.userId, emailEnabled: input.email }, ['userId']);
    return { email: input.email };
  }
}
