import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor, AppConfig, InjectConfig } from '@parley/platform';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenClaims } from '../sessions/sessions.service';
import { UsersService } from '../users/users.service';

/** Access tokens: HS256 only (no `alg: none`, no key confusion), our issuer and audience, not expired. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @InjectConfig() config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwt.secret,
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Actor | false> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return false;
    const user = await this.users.findById(claims.sub);
    return user ? this.users.toActor(user, 'session', ['READ', 'WRITE']) : false;
  }
}
