import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Actor, AppError, GraphQLContext, graphqlContextOf, UnauthenticatedError } from '@parley/platform';
import { ApiTokenStrategy, bearerTokenOf } from './api-token.strategy';
import { VerifiedTokens } from './verified-tokens';

function requestOf(context: ExecutionContext) {
  return context.getType<string>() === 'graphql'
    ? graphqlContextOf(context).req
    : context.switchToHttp().getRequest<GraphQLContext['req']>();
}

/** Each request's authentication, shared by every root field of one GraphQL document. */
const authentications = new WeakMap<object, Promise<boolean>>();

/**
 * Authenticates the Authorization: Bearer header as an access token (JWT) or a personal API token,
 * and puts the actor on the request. No header or a bad one is UNAUTHENTICATED.
 */
@Injectable()
export class BearerAuthGuard extends AuthGuard(['jwt', 'api-token']) {
  private readonly verified = new VerifiedTokens();

  constructor(private readonly apiTokens: ApiTokenStrategy) {
    super();
  }

  /**
   * Once per request: a document's root fields are guarded one by one, in parallel, and the header
   * they carry is the same, so checking the token and loading its user again could only cost.
   */
  override canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    let authenticated = authentications.get(request);
    if (!authenticated) {
      authenticated = this.authenticate(context, request);
      authentications.set(request, authenticated);
    }
    return authenticated;
  }

  /**
   * The actor of a request whose access token this process has already verified (and that has not
   * expired since), as canActivate would put it on the request; undefined for any other request.
   */
  knownActor(headers: GraphQLContext['req']['headers']): Actor | undefined {
    const token = bearerTokenOf(headers);
    const known = token ? this.verified.actorOf(token) : undefined;
    // A copy: what one request does to its actor stays with that request.
    return known && { ...known };
  }

  /**
   * The actor of a request made with a personal API token, read now as the api-token strategy reads
   * it for the guard (a token can be revoked at any moment, so none is kept); undefined for any other
   * request, and for a token that is unknown, revoked or expired, which the guard then refuses.
   */
  async apiTokenActor(headers: GraphQLContext['req']['headers']): Promise<Actor | undefined> {
    return (await this.apiTokens.validate({ headers })) || undefined;
  }

  private async authenticate(context: ExecutionContext, request: GraphQLContext['req']): Promise<boolean> {
    const known = this.knownActor(request.headers);
    if (known) {
      request.user = known;
      return true;
    }
    const authenticated = (await super.canActivate(context)) as boolean;
    const token = bearerTokenOf(request.headers);
    const actor = request.user as Actor | undefined;
    if (token && actor?.via === 'session') this.verified.remember(token, actor);
    return authenticated;
  }

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
