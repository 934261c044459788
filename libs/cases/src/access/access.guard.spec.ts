import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { BearerAuthGuard } from '@parley/accounts';
import { Access, ErrorCode, SystemRole } from '@parley/platform';
import { AccessEnforcer } from './access-enforcer';
import { AccessGuard } from './access.guard';

const READ_CASE = { name: 'case.read', subject: 'case', holders: 'any member of the case' };

class Handlers {
  @Access.public()
  open(): string {
    return 'open';
  }

  @Access.roles(SystemRole.ADMIN)
  adminOnly(): string {
    return 'admin';
  }

  @Access.to(READ_CASE, 'id')
  readCase(): string {
    return 'case';
  }

  @Access.toRead(READ_CASE, 'id')
  readCaseWithItsDecision(): string {
    return 'case';
  }

  undeclared(): string {
    return 'undeclared';
  }
}

function contextFor(handler: keyof Handlers, user?: object, params: object = {}): ExecutionContext {
  const request = { headers: {}, user, params };
  return {
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

/** Stands in for passport and the database: authentication and lookups are covered end to end. */
const bearer = { canActivate: jest.fn(async () => true) } as unknown as BearerAuthGuard;
const refusal = Object.assign(new Error('The case was not found.'), { code: ErrorCode.NOT_FOUND });
const enforcer = {
  grant: jest.fn(async () => Promise.reject(refusal)),
  grantInRead: jest.fn(async () => Promise.reject(refusal)),
} as unknown as AccessEnforcer;
const guard = new AccessGuard(new Reflector(), bearer, enforcer);
const user = { role: SystemRole.USER, scopes: ['READ', 'WRITE'] };

describe('AccessGuard', () => {
  it('fails closed: an operation without a declaration is refused', async () => {
    await expect(guard.canActivate(contextFor('undeclared'))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
  });

  it('lets public operations through without authenticating', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
    expect(bearer.canActivate).not.toHaveBeenCalled();
  });

  it('checks system roles after authenticating', async () => {
    await expect(guard.canActivate(contextFor('adminOnly', user))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message: 'Only admin accounts may do this.',
    });
    const admin = { role: SystemRole.ADMIN, scopes: ['READ', 'WRITE'] };
    await expect(guard.canActivate(contextFor('adminOnly', admin))).resolves.toBe(true);
  });

  it('decides a declared capability on the subject its argument names, before the handler runs', async () => {
    await expect(guard.canActivate(contextFor('readCase', user, { id: 'c-1' }))).rejects.toBe(refusal);
    expect(enforcer.grant).toHaveBeenCalledWith(user, READ_CASE, 'c-1', 'id');
  });

  it('decides with its read only a GraphQL query: a route declared so is refused, a malformed id first', async () => {
    const caseId = '6f1c1b1e-2222-4a4a-9a9a-000000000002';
    await expect(
      guard.canActivate(contextFor('readCaseWithItsDecision', user, { id: 'c-1' })),
    ).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    await expect(
      guard.canActivate(contextFor('readCaseWithItsDecision', user, { id: caseId })),
    ).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message: 'Only a query may be decided with its read.',
    });
    expect(enforcer.grantInRead).not.toHaveBeenCalled();
  });
});
