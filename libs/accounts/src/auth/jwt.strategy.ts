import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor, ApiTokenScope, AppConfig, InjectConfig, SystemRole } from '@parley/platform';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenClaims } from '../sessions/sessions.service';
import { UsersService } from '../users/users.service';
import { jwtKey } from './jwt-key';

const SESSION_SCOPES: readonly ApiTokenScope[] = ['READ', 'WRITE'];

/** Access tokens: HS256 only (no `alg: none`, no key confusion), our issuer and audience, not expired. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @InjectConfig() config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt's types say string or Buffer; jsonwebtoken takes the KeyObject as it is.
      secretOrKey: jwtKey(config.jwt.secret) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Actor | false> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return false;
    // Signed by us: the account's role and court as they were, and are (nothing changes them).
    if (claims.role && Object.values(SystemRole).includes(claims.role) && claims.court !== undefined) {
      return {
        userId: claims.sub,
        role: claims.role,
        courtId: claims.court,
        via: 'session',
        scopes: SESSION_SCOPES,
      };
    }
    const user = await this.users.findById(claims.sub);
    return user ? this.users.toActor(user, 'session', SESSION_SCOPES) : false;
  }
}
