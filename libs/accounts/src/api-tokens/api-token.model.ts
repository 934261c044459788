import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ApiTokenScopeEnum {
  READ = 'READ',
  WRITE = 'WRITE',
}

registerEnumType(ApiTokenScopeEnum, {
  name: 'ApiTokenScope',
  description: 'READ: queries only. WRITE: mutations too. Never more than the token’s user may do.',
});

@ObjectType('ApiToken')
export class ApiTokenModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The token itself, shown once when it is created; store it safely. Null afterwards.',
  })
  token!: string | null;

  @Field(() => [ApiTokenScopeEnum])
  scopes!: ApiTokenScopeEnum[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}
