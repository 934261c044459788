import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { BearerAuthGuard } from '@parley/accounts';
import {
  ACCESS_METADATA,
  AccessRule,
  Actor,
  actorOf,
  argumentAt,
  CapabilityRef,
  ForbiddenError,
  Grant,
  GraphQLContext,
  leadingFieldsOf,
  lowercaseIds,
  ReadAccess,
  rememberGrant,
  rememberRead,
  SystemRole,
} from '@parley/platform';
import { isUUID } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { AccessEnforcer, subjectIdOf } from './access-enforcer';

const ROLE_WORDS: Record<SystemRole, string> = {
  [SystemRole.USER]: 'party',
  [SystemRole.COURT_STAFF]: 'court staff',
  [SystemRole.ADMIN]: 'admin',
};

/** A change: a GraphQL mutation, or a route that is not a read (an upload). */
function isMutation(context: ExecutionContext): boolean {
  if (context.getType<string>() !== 'graphql') {
    const method = context.switchToHttp().getRequest<FastifyRequest>().method;
    return method !== 'GET' && method !== 'HEAD';
  }
  return GqlExecutionContext.create(context).getInfo()?.parentType?.name === 'Mutation';
}

function requestOf(context: ExecutionContext): object {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: object }>().req
    : context.switchToHttp().getRequest<object>();
}

/**
 * The decisions of one request's queries, by capability, argument and id: a dashboard asking for a
 * case, its sets and its deadlines asks the same question three times. Mutations decide afresh, each
 * after the one before it changed what the next may find.
 */
const decisions = new WeakMap<object, Map<string, Promise<Grant>>>();

function argumentsOf(context: ExecutionContext): unknown {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getArgs();
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { ...leadingFieldsOf(request), ...(request.query as object), ...(request.params as object) };
}

/**
 * The one door, in front of every GraphQL operation and route: each declares its access (@Access.…)
 * and is refused without one (fail closed). After sign-in, system roles and token scopes, a declared
 * capability is decided here, on the subject its argument names, before the resolver runs; the grant
 * then reaches the resolver (@Granted()) and, through it, the service.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly bearer: BearerAuthGuard,
    private readonly enforcer: AccessEnforcer,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This operation has no access rule, so it is refused.');
    // Before anything reads them: the guard decides, and the service compares, one spelling of an id.
    if (context.getType<string>() === 'graphql') lowercaseIds(GqlExecutionContext.create(context).getArgs());
    if (rule.kind === 'public') return true;

    await this.bearer.canActivate(context);
    const actor = actorOf(context) as Actor;
    if (rule.kind === 'roles' && !rule.roles.includes(actor.role)) {
      throw new ForbiddenError(
        `Only ${rule.roles.map((r) => ROLE_WORDS[r]).join(' or ')} accounts may do this.`,
      );
    }
    if (rule.kind === 'session' && actor.via !== 'session') {
      throw new ForbiddenError(
        'Sign in with your password to do this: an API token cannot create credentials that would outlive it.',
      );
    }
    if (isMutation(context) && !actor.scopes.includes('WRITE')) {
      throw new ForbiddenError('This API token is read-only: it cannot make changes.');
    }
    if (rule.kind === 'capability') {
      const id = argumentAt(argumentsOf(context), rule.from);
      const argument = rule.from.replace(/\.0$/, '');
      if (rule.withRead) {
        this.decideWithRead(context, actor, rule.capability, subjectIdOf(id, argument));
        return true;
      }
      const decide = () => this.enforcer.grant(actor, rule.capability, id, argument);
      // A malformed id is refused in the words of its own argument, so only an id is worth sharing.
      const shared = !isMutation(context) && typeof id === 'string' && isUUID(id);
      rememberGrant(
        context,
        await (shared ? this.once(context, `${rule.capability.name} ${id.toLowerCase()}`, decide) : decide()),
      );
    }
    return true;
  }

  /**
   * Access.toRead: the decision's facts join the request's combined statement (readJson), and the
   * resolver runs now so that its reads join them; its answer waits for the decision (read-access.ts).
   */
  private decideWithRead(
    context: ExecutionContext,
    actor: Actor,
    capability: CapabilityRef,
    id: string,
  ): void {
    if (context.getType<string>() !== 'graphql' || isMutation(context)) {
      // AccessDeclarations refuses to start with one; this is the same rule where it is used.
      throw new ForbiddenError('Only a query may be decided with its read.');
    }
    const graphql = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    const decided = this.once(context, `${capability.name} ${id}`, () =>
      this.enforcer.grantInRead(actor, capability, id, graphql),
    );
    // Handled by the resolver's answer; left unread only when a pipe refused the arguments first.
    decided.catch(() => undefined);
    // eslint-disable-next-line no-restricted-syntax -- the one door: here each read access gets its decision
    rememberRead(context, ReadAccess.issue(actor, capability.name, id, decided));
  }

  private once(context: ExecutionContext, key: string, decide: () => Promise<Grant>): Promise<Grant> {
    const request = requestOf(context);
    let made = decisions.get(request);
    if (!made) decisions.set(request, (made = new Map()));
    let grant = made.get(key);
    if (!grant) made.set(key, (grant = decide()));
    return grant;
  }
}
