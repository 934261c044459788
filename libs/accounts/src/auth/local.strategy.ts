import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { TextLimit, UnauthenticatedError } from '@parley/platform';
import { Strategy } from 'passport-local';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';

export const WRONG_CREDENTIALS = 'The email or password is not right. Check them and try again.';

/** Email and password sign-in. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly users: UsersService) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  async validate(email: string, password: string): Promise<UserEntity> {
    // Refuse absurd lengths before hashing them.
    const user =
      email.length <= TextLimit.EMAIL && password.length <= TextLimit.PASSWORD
        ? await this.users.verifyCredentials(email, password)
        : null;
    if (!user) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    return user;
  }
}
