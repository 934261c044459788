import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from './actor';

/**
 * What the policy needs to know of a subject, as its lookup loads it. Each lib defines the lookup of
 * its own kinds of subject (cases, sets, disputes …); the policy decides on this shape alone.
 */
export interface AccessSubject<Roles extends string = string> {
  kind: string;
  id: string;
  /** The case it belongs to; null for a court or for a user's own things. */
  caseId: string | null;
  /** The court it is before (escalations) or is (courts); null where the court never sees it. */
  courtId: string | null;
  /** The parties it concerns, by their part in it (serving, responding, requesting …). */
  parties: Readonly<Record<Roles, string | null>>;
  /** Private work (a draft): seen by this party's members alone. */
  privateTo: string | null;
  /** Before the court (an escalation once submitted): its court's staff may see it. */
  beforeCourt: boolean;
  /** A user's own thing (an API token, a calendar feed, a webhook endpoint). */
  ownerUserId: string | null;
  /** Further facts some capability decides on (whether a court has staff yet …). */
  facts: Readonly<Record<string, unknown>>;
}

export interface PartyRef {
  id: string;
  name: string;
}

/** The actor's place in the subject's case: which parties they represent, and how. */
export interface MembershipRef {
  partyId: string;
  role: string;
}

/**
 * Proof that the one door let this actor exercise a capability on this subject. Resolvers receive it
 * with @Granted() and services take it in place of raw ids: a service method that needs one cannot be
 * called without going through the policy. Only the access enforcer issues grants (lint checks it).
 */
export class Grant<Roles extends string = string> {
  // A true private field makes the type nominal: an object literal of the same shape is not a Grant.
  readonly #issuedByTheEnforcer = true;

  private constructor(
    readonly actor: Actor,
    readonly capability: string,
    readonly subject: AccessSubject<Roles>,
    /** The party the actor acts for, for capabilities exercised for a party. */
    readonly side: PartyRef | null,
    readonly memberships: readonly MembershipRef[],
  ) {}

  static issue<Roles extends string>(
    actor: Actor,
    capability: string,
    subject: AccessSubject<Roles>,
    side: PartyRef | null,
    memberships: readonly MembershipRef[],
  ): Grant<Roles> {
    return new Grant(actor, capability, subject, side, memberships);
  }

  /** Whether a value is a grant made by Grant.issue, not an object of the same shape. */
  static isGenuine(value: object): value is Grant {
    return #issuedByTheEnforcer in value;
  }

  /** The party acted for; a capability that acts for a party always has one. */
  get party(): PartyRef {
    if (!this.side) throw new Error(`${this.capability} does not act for a party`);
    return this.side;
  }

  /** The parties of the case the actor represents. */
  get myPartyIds(): string[] {
    return [...new Set(this.memberships.map((m) => m.partyId))];
  }

  /** The case of the subject; capabilities on case subjects always have one. */
  get caseId(): string {
    if (!this.subject.caseId) throw new Error(`${this.subject.kind} belongs to no case`);
    return this.subject.caseId;
  }
}

/** The grants of a request, keyed by what is unique to one resolver call (its GraphQL info) or route. */
const grants = new WeakMap<object, Grant>();

/** What is unique to one resolver call (its GraphQL info) or one route's request. */
export function operationKeyOf(context: ExecutionContext): object {
  return context.getType<string>() === 'graphql'
    ? (context.getArgByIndex(3) as object)
    : (context.switchToHttp().getRequest() as object);
}

export function rememberGrant(context: ExecutionContext, grant: Grant): void {
  if (!Grant.isGenuine(grant)) throw new Error('Only grants issued by the access enforcer are accepted');
  grants.set(operationKeyOf(context), grant);
}

/** The grant the guard issued for this operation; an operation without a capability has none. */
export const Granted = createParamDecorator((_: unknown, context: ExecutionContext): Grant => {
  const grant = grants.get(operationKeyOf(context));
  if (!grant) throw new Error('This operation declares no capability, so it has no grant to give');
  return grant;
});
