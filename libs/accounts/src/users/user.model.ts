import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SystemRole } from '@parley/platform';
import { UserEntity } from './user.entity';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => SystemRole)
  role!: SystemRole;

  @Field(() => String, { nullable: true, description: 'The court of a court staff member.' })
  courtId!: string | null;
}

export function toUserModel(user: UserEntity): UserModel {
  return { id: user.id, email: user.email, name: user.name, role: user.role, courtId: user.courtId };
}
