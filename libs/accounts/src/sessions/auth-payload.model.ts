import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../users/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as "Authorization: Bearer <accessToken>". Short-lived.' })
  accessToken!: string;

  @Field(() => Date, { description: 'When the access token stops working; refresh before then.' })
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Single use: refreshSession returns a new one each time.' })
  refreshToken!: string;

  @Field(() => UserModel)
  user!: UserModel;
}
