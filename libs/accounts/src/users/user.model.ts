import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SystemRole } from '@parley/platform';
import { SignerProfileModel, toSignerProfile } from './signer-profile';
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

  @Field(() => SignerProfileModel, {
    nullable: true,
    description: 'What identifies you on papers you sign; only on your own account (me).',
  })
  signerProfile?: SignerProfileModel | null;
}

export function toUserModel(user: UserEntity): UserModel {
  return { id: user.id, email: user.email, name: user.name, role: user.role, courtId: user.courtId };
}

/** The account as its owner sees it: with the profile printed on the papers they sign. */
export function toOwnUserModel(user: UserEntity): UserModel {
  return { ...toUserModel(user), signerProfile: toSignerProfile(user) };
}
