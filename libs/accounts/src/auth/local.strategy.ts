import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { TextLimit, UnauthenticatedError } from '@parley/platform';
import { Strategy } from 'passport-local';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { LoginThrottle } from './login-throttle';

export const WRONG_CREDENTIALS = 'The email or password is not right. Check them and try again.';

/** Email and password sign-in, throttled per account and address against guessing. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottle,
  ) {
    super({ usernameField: 'email', passwordField: 'password', session: false, passReqToCallback: true });
  }

  async validate(request: { ip?: string }, email: string, password: string): Promise<UserEntity> {
    // Guards run before validation pipes: refuse absurd lengths before they are hashed or become
    // throttle keys. No such account can exist, so there is nothing to count.
    if (email.length > TextLimit.EMAIL || password.length > TextLimit.PASSWORD) {
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    const address = request.ip ?? 'unknown';
    await this.throttle.begin(email, address);
    const user = await this.users.verifyCredentials(email, password);
    if (!user) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    await this.throttle.succeeded(email, address);
    return user;
  }
}
