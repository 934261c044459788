import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ACCESS_METADATA, AccessRule, Actor, actorOf, ForbiddenError } from '@parley/platform';
import { BearerAuthGuard } from './bearer-auth.guard';

function isMutation(context: ExecutionContext): boolean {
  return (
    context.getType<string>() === 'graphql' &&
    GqlExecutionContext.create(context).getInfo()?.parentType?.name === 'Mutation'
  );
}

/**
 * The global guard: every operation declares its access (@Access.…) and is refused without one
 * (fail closed). Case-scoped rules are settled by the case-access policy in the services, which alone
 * knows who represents whom; here only sign-in, system roles and token scopes are checked.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly bearer: BearerAuthGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This operation has no access rule, so it is refused.');
    if (rule.kind === 'public') return true;

    await this.bearer.canActivate(context);
    const actor = actorOf(context) as Actor;
    if (rule.kind === 'roles' && !rule.roles.includes(actor.role)) {
      throw new ForbiddenError(
        `Only ${rule.roles.map((r) => r.toLowerCase().replace('_', ' ')).join(' or ')} accounts may do this.`,
      );
    }
    if (isMutation(context) && !actor.scopes.includes('WRITE')) {
      throw new ForbiddenError('This API token is read-only: it cannot make changes.');
    }
    return true;
  }
}
