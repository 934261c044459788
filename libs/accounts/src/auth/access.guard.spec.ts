import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Access, ErrorCode, SystemRole } from '@parley/platform';
import { AccessGuard } from './access.guard';
import { BearerAuthGuard } from './bearer-auth.guard';

class Handlers {
  @Access.public()
  open(): string {
    return 'open';
  }

  @Access.roles(SystemRole.ADMIN)
  adminOnly(): string {
    return 'admin';
  }

  undeclared(): string {
    return 'undeclared';
  }
}

function contextFor(handler: keyof Handlers, user?: object): ExecutionContext {
  const request = { headers: {}, user };
  return {
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

/** Stands in for passport: authentication itself is covered end to end. */
const bearer = { canActivate: jest.fn(async () => true) } as unknown as BearerAuthGuard;
const guard = new AccessGuard(new Reflector(), bearer);

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
    const user = { role: SystemRole.USER, scopes: ['READ', 'WRITE'] };
    await expect(guard.canActivate(contextFor('adminOnly', user))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message: 'Only admin accounts may do this.',
    });
    const admin = { role: SystemRole.ADMIN, scopes: ['READ', 'WRITE'] };
    await expect(guard.canActivate(contextFor('adminOnly', admin))).resolves.toBe(true);
  });
});
