import { SetMetadata } from '@nestjs/common';
import { holdAnswerUntilDecided } from './read-access';
import { SystemRole } from './system-role';

/**
 * A capability on a kind of subject ("serve a discovery set"), declared by the lib that owns the
 * subject; the case-access policy decides it. Platform only carries the reference.
 */
export interface CapabilityRef {
  readonly name: string;
  /** The kind of subject the capability is exercised on ('set', 'dispute', …). */
  readonly subject: string;
  /** Who holds it, in words, for the access snapshot and the role × operation matrix. */
  readonly holders: string;
}

/**
 * What an operation requires before it runs. Every Query, Mutation and route declares one; the guard
 * refuses an operation without a declaration, and start-up fails if one is missing.
 * - public: anyone, signed in or not (register, login);
 * - signedIn: any authenticated principal (what it reads is its own);
 * - session: a principal signed in with a password, never an API token: for operations that mint a
 *   credential (a token, a webhook secret, a calendar address), which would outlive the token's revocation;
 * - roles: a signed-in principal with one of these system roles;
 * - capability: the subject is looked up from the argument at `from` (a path such as `input.setId`)
 *   and the case-access policy decides before the resolver runs; the resolver receives the grant.
 *   `withRead` (Access.toRead, queries only): the same decision, read in the statement that reads
 *   the answer, which waits for it; the resolver receives a ReadAccess.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'session' }
  | { kind: 'roles'; roles: SystemRole[] }
  | { kind: 'capability'; capability: CapabilityRef; from: string; withRead?: true };

export const ACCESS_METADATA = 'parley:access';

const declare = (rule: AccessRule) => SetMetadata(ACCESS_METADATA, rule);

export const Access = {
  public: () => declare({ kind: 'public' }),
  signedIn: () => declare({ kind: 'signedIn' }),
  session: () => declare({ kind: 'session' }),
  roles: (...roles: SystemRole[]) => declare({ kind: 'roles', roles }),
  /** `from`: where the subject's id is among the arguments (`id`, `input.disputeId`, `input.itemIds.0`). */
  to: (capability: CapabilityRef, from: string) => declare({ kind: 'capability', capability, from }),
  /**
   * Access.to for a query whose reads filter every row through the policy's visibility SQL: decided
   * in the statement that reads the answer rather than in one before it (a case's dashboard is then
   * one statement). The resolver takes @Reading() in place of @Granted(), and its answer is held
   * until the decision, whose refusal replaces it (read-access.ts).
   */
  toRead:
    (capability: CapabilityRef, from: string): MethodDecorator =>
    (target, key, descriptor) => {
      holdAnswerUntilDecided(key, descriptor as PropertyDescriptor);
      declare({ kind: 'capability', capability, from, withRead: true })(target, key, descriptor);
    },
};

export function describeAccess(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public':
      return 'public';
    case 'signedIn':
      return 'signed in';
    case 'session':
      return 'signed in with a password (no API token)';
    case 'roles':
      return `roles: ${rule.roles.join(', ')}`;
    case 'capability':
      return `${rule.capability.name} on ${rule.capability.subject}(${rule.from}): ${rule.capability.holders}`;
  }
}

/** The value at a dotted path of the arguments (`input.itemIds.0`), or undefined. */
export function argumentAt(args: unknown, path: string): unknown {
  let value: unknown = args;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
