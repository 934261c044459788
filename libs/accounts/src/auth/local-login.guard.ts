import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AppError, GraphQLContext, UnauthenticatedError } from '@parley/platform';
import { WRONG_CREDENTIALS } from './local.strategy';

export const CREDENTIALS_KEY = 'credentials';

/**
 * passport-local reads `body.email` and `body.password`; a GraphQL request carries them in the
 * operation's input, so the guard hands passport a request holding just that input and keeps the
 * result on the GraphQL context for the resolver.
 */
@Injectable()
export class LocalLoginGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const credentials = {
      body: gql.getArgs<{ input: unknown }>().input,
      // The client's address; behind proxies, from X-Forwarded-For as far as TRUST_PROXY_HOPS allows.
      ip: gql.getContext<GraphQLContext>().req.ip,
      user: undefined,
    };
    gql.getContext()[CREDENTIALS_KEY] = credentials;
    return credentials;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof AppError) throw error;
    if (error || !user) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    return user;
  }
}
