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

/**
 * What the guard reads of one call, worked out once: GraphQL's view of it when it is a GraphQL
 * field, whether it is a change (a mutation, or a route that is not a read: an upload), and the
 * request it belongs to.
 */
interface Call {
  graphql: GqlExecutionContext | null;
  mutation: boolean;
  request: object;
}

function callOf(context: ExecutionContext): Call {
  if (context.getType<string>() === 'graphql') {
    const graphql = GqlExecutionContext.create(context);
    return {
      graphql,
      mutation: graphql.getInfo()?.parentType?.name === 'Mutation',
      request: graphql.getContext<{ req: object }>().req,
    };
  }
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { graphql: null, mutation: request.method !== 'GET' && request.method !== 'HEAD', request };
}

/**
 * The decisions of one request's queries, by capability, argument and id: a dashboard asking for a
 * case, its sets and its deadlines asks the same question three times. Mutations decide afresh, each
 * after the one before it changed what the next may find.
 */
const decisions = new WeakMap<object, Map<string, Promise<Grant>>>();

function argumentsOf(context: ExecutionContext, call: Call): unknown {
  if (call.graphql) return call.graphql.getArgs();
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { ...leadingFieldsOf(request), ...(request.query as object), ...(request.params as object) };
}

/**
 * Each handler's rule (its own, or its class's), read once: the same on every call, and looking it
 * up through reflect-metadata on every root field of every request was work for nothing.
 */
const rules = new WeakMap<object, WeakMap<object, AccessRule | null>>();

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
    const rule = this.ruleOf(context);
    if (!rule) throw new ForbiddenError('This operation has no access rule, so it is refused.');
    const call = callOf(context);
    // Before anything reads them: the guard decides, and the service compares, one spelling of an id.
    if (call.graphql) lowercaseIds(call.graphql.getArgs());
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
    if (call.mutation && !actor.scopes.includes('WRITE')) {
      throw new ForbiddenError('This API token is read-only: it cannot make changes.');
    }
    if (rule.kind === 'capability') {
      const id = argumentAt(argumentsOf(context, call), rule.from);
      const argument = rule.from.replace(/\.0$/, '');
      if (rule.withRead) {
        this.decideWithRead(context, call, actor, rule.capability, subjectIdOf(id, argument));
        return true;
      }
      const decide = () => this.enforcer.grant(actor, rule.capability, id, argument);
      // A malformed id is refused in the words of its own argument, so only an id is worth sharing.
      const shared = !call.mutation && typeof id === 'string' && isUUID(id);
      rememberGrant(
        context,
        await (shared ? this.once(call, `${rule.capability.name} ${id.toLowerCase()}`, decide) : decide()),
      );
    }
    return true;
  }

  private ruleOf(context: ExecutionContext): AccessRule | null {
    const handler = context.getHandler();
    const owner = context.getClass();
    let byClass = rules.get(handler);
    if (!byClass) rules.set(handler, (byClass = new WeakMap()));
    let rule = byClass.get(owner);
    if (rule === undefined) {
      rule =
        this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [handler, owner]) ?? null;
      byClass.set(owner, rule);
    }
    return rule;
  }

  /**
   * Access.toRead: the decision's facts join the request's combined statement (readJson), and the
   * resolver runs now so that its reads join them; its answer waits for the decision (read-access.ts).
   */
  private decideWithRead(
    context: ExecutionContext,
    call: Call,
    actor: Actor,
    capability: CapabilityRef,
    id: string,
  ): void {
    if (!call.graphql || call.mutation) {
      // AccessDeclarations refuses to start with one; this is the same rule where it is used.
      throw new ForbiddenError('Only a query may be decided with its read.');
    }
    const graphql = call.graphql.getContext<GraphQLContext>();
    const decided = this.once(call, `${capability.name} ${id}`, () =>
      this.enforcer.grantInRead(actor, capability, id, graphql),
    );
    // Handled by the resolver's answer; left unread only when a pipe refused the arguments first.
    decided.catch(() => undefined);
    // eslint-disable-next-line no-restricted-syntax -- the one door: here each read access gets its decision
    rememberRead(context, ReadAccess.issue(actor, capability.name, id, decided));
  }

  private once(call: Call, key: string, decide: () => Promise<Grant>): Promise<Grant> {
    let made = decisions.get(call.request);
    if (!made) decisions.set(call.request, (made = new Map()));
    let grant = made.get(key);
    if (!grant) made.set(key, (grant = decide()));
    return grant;
  }
}
