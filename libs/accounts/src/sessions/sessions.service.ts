import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  hashSecret,
  InjectConfig,
  newSecret,
  SystemRole,
  UnauthenticatedError,
} from '@parley/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { toUserModel } from '../users/user.model';
import { AuthPayloadModel } from './auth-payload.model';
import { RefreshTokenEntity } from './refresh-token.entity';

export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
  /**
   * The account's role and court, which no operation changes once the account exists: with them the
   * token alone says who is asking, and a request reads no account row. Tokens issued before they
   * were added lack them and are looked up.
   */
  role?: SystemRole;
  court?: string | null;
}

const INVALID = 'This refresh token is not valid any more. Please sign in again.';

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jwt: JwtService,
  ) {}

  /** A new session (a new refresh-token family) for a user who just proved who they are. */
  start(user: UserEntity): Promise<AuthPayloadModel> {
    return this.dataSource.transaction((manager) => this.issue(manager, user, randomUUID()));
  }

  /**
   * Rotates a refresh token. A token presented a second time was copied: every token of its family is
   * revoked (committed before the caller hears no), so neither the thief nor the user can go on.
   */
  async refresh(refreshToken: string): Promise<AuthPayloadModel> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: hashSecret(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.revokedAt) return null;
      if (token.usedAt) {
        await manager.update(
          RefreshTokenEntity,
          { familyId: token.familyId, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
        return null;
      }
      const user = await manager.findOneBy(UserEntity, { id: token.userId });
      if (token.expiresAt.getTime() <= Date.now() || !user) return null;
      await manager.update(RefreshTokenEntity, { id: token.id }, { usedAt: new Date() });
      return this.issue(manager, user, token.familyId);
    });
    if (!outcome) throw new UnauthenticatedError(INVALID);
    return outcome;
  }

  private async issue(manager: EntityManager, user: UserEntity, familyId: string): Promise<AuthPayloadModel> {
    const refreshToken = newSecret('rt_');
    await manager.insert(RefreshTokenEntity, {
      userId: user.id,
      familyId,
      tokenHash: hashSecret(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTtlDays * 86_400_000),
    });
    const claims: AccessTokenClaims = { sub: user.id, typ: 'access', role: user.role, court: user.courtId };
    const accessToken = await this.jwt.signAsync(claims, { jwtid: randomUUID() });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + this.config.jwt.accessTtlSeconds * 1000),
      refreshToken,
      user: toUserModel(user),
    };
  }
}
