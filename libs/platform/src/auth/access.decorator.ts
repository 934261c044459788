import { SetMetadata } from '@nestjs/common';
import { SystemRole } from './system-role';

/**
 * What an operation requires before it runs. Every Query and Mutation declares one; the guard
 * refuses an operation without a declaration, and start-up fails if one is missing.
 * - public: anyone, signed in or not (register, login);
 * - signedIn: any authenticated principal;
 * - roles: a signed-in principal with one of these system roles;
 * - case: a signed-in principal; the service then asks the case-access policy for `capability`
 *   on the case concerned (the answer depends on data the guard does not have).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'roles'; roles: SystemRole[] }
  | { kind: 'case'; capability: string };

export const ACCESS_METADATA = 'parley:access';

const declare = (rule: AccessRule) => SetMetadata(ACCESS_METADATA, rule);

export const Access = {
  public: () => declare({ kind: 'public' }),
  signedIn: () => declare({ kind: 'signedIn' }),
  roles: (...roles: SystemRole[]) => declare({ kind: 'roles', roles }),
  case: (capability: string) => declare({ kind: 'case', capability }),
};

export function describeAccess(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public':
      return 'public';
    case 'signedIn':
      return 'signed in';
    case 'roles':
      return `roles: ${rule.roles.join(', ')}`;
    case 'case':
      return `case: ${rule.capability}`;
  }
}
