import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor } from '@parley/platform';
import type { IncomingHttpHeaders } from 'node:http';
import { Strategy } from 'passport-custom';
import { ApiTokensService } from '../api-tokens/api-tokens.service';
import { UsersService } from '../users/users.service';

export function bearerTokenOf(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match ? match[1] : null;
}

/** Personal API tokens, in the same Authorization: Bearer header as access tokens. */
@Injectable()
export class ApiTokenStrategy extends PassportStrategy(Strategy, 'api-token') {
  constructor(
    private readonly tokens: ApiTokensService,
    private readonly users: UsersService,
  ) {
    super();
  }

  async validate(request: { headers: IncomingHttpHeaders }): Promise<Actor | false> {
    const secret = bearerTokenOf(request.headers);
    const found = secret ? await this.tokens.authenticate(secret) : null;
    return found ? this.users.toActor(found.user, 'api-token', found.scopes) : false;
  }
}
