import { createParamDecorator, ExecutionContext, UseGuards } from '@nestjs/common';
import { Args, GqlExecutionContext, Mutation, Resolver } from '@nestjs/graphql';
import { Access, BadInputError, TextLimit } from '@parley/platform';
import { CREDENTIALS_KEY, LocalLoginGuard } from '../auth/local-login.guard';
import { LoginInput } from '../users/login.input';
import { RegisterInput } from '../users/register.input';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthPayloadModel } from './auth-payload.model';
import { SessionsService } from './sessions.service';

const SignedInUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): UserEntity =>
    GqlExecutionContext.create(context).getContext()[CREDENTIALS_KEY].user,
);

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthPayloadModel, { description: 'Create an account and sign in.' })
  @Access.public()
  async register(@Args('input') input: RegisterInput): Promise<AuthPayloadModel> {
    return this.sessions.start(await this.users.register(input));
  }

  @Mutation(() => AuthPayloadModel)
  @Access.public()
  @UseGuards(LocalLoginGuard)
  login(@Args('input') _input: LoginInput, @SignedInUser() user: UserEntity): Promise<AuthPayloadModel> {
    return this.sessions.start(user);
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Trade a refresh token for a new access token and a new refresh token (the old one stops working).',
  })
  @Access.public()
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    if (refreshToken.length > TextLimit.TOKEN) throw new BadInputError('That is not a refresh token.');
    return this.sessions.refresh(refreshToken);
  }
}
