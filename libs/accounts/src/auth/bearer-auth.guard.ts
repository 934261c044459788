import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { AppError, GraphQLContext, graphqlContextOf, UnauthenticatedError } from '@parley/platform';
import { bearerTokenOf } from './api-token.strategy';

function requestOf(context: ExecutionContext) {
  return context.getType<string>() === 'graphql'
    ? graphqlContextOf(context).req
    : context.switchToHttp().getRequest<GraphQLContext['req']>();
}

/**
 * Authenticates the Authorization: Bearer header as an access token (JWT) or a personal API token,
 * and puts the actor on the request. No header or a bad one is UNAUTHENTICATED.
 */
@Injectable()
export class BearerAuthGuard extends AuthGuard(['jwt', 'api-token']) {
  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override handleRequest<T>(error: unknown, actor: T, _info: unknown, context: ExecutionContext): T {
    if (error instanceof AppError) throw error;
    if (error || !actor) {
      const token = bearerTokenOf(requestOf(context).headers);
      throw new UnauthenticatedError(
        token
          ? 'Your access token is expired or not valid. Refresh your session or sign in again.'
          : 'Please sign in: send "Authorization: Bearer <token>" with an access token or API token.',
      );
    }
    return actor;
  }
}
