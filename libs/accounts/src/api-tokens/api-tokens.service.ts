import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  ApiTokenScope,
  Grant,
  hashSecret,
  newSecret,
  preparedQuery,
  SystemRole,
} from '@parley/platform';
import { DataSource, IsNull } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ApiTokenEntity } from './api-token.entity';
import { ApiTokenModel, ApiTokenScopeEnum } from './api-token.model';
import { CreateApiTokenInput } from './create-api-token.input';

export const API_TOKEN_PREFIX = 'pat_';
/** lastUsedAt is informative; writing it on every request would cost a write per read. */
const LAST_USED_RESOLUTION_MS = 60_000;

const TOKEN_BY_HASH = `SELECT t.id, t.scopes, t.expires_at AS "expiresAt", t.last_used_at AS "lastUsedAt",
                              t.revoked_at AS "revokedAt", u.id AS "userId", u.role, u.court_id AS "courtId"
                         FROM api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = $1`;

interface TokenRow {
  id: string;
  scopes: ApiTokenScope[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  userId: string;
  role: SystemRole;
  courtId: string | null;
}

/** Whom a valid token acts as, and within what. */
export interface AuthenticatedToken {
  user: Pick<UserEntity, 'id' | 'role' | 'courtId'>;
  scopes: ApiTokenScope[];
}

function toModel(token: ApiTokenEntity, secret: string | null): ApiTokenModel {
  return {
    id: token.id,
    name: token.name,
    token: secret,
    scopes: token.scopes as ApiTokenScopeEnum[],
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

@Injectable()
export class ApiTokensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, input: CreateApiTokenInput): Promise<ApiTokenModel> {
    const secret = newSecret(API_TOKEN_PREFIX);
    const repository = this.dataSource.getRepository(ApiTokenEntity);
    const token = await repository.save(
      repository.create({
        userId: actor.userId,
        name: input.name,
        tokenHash: hashSecret(secret),
        scopes: [...new Set(input.scopes ?? [ApiTokenScopeEnum.READ, ApiTokenScopeEnum.WRITE])],
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      }),
    );
    return toModel(token, secret);
  }

  async list(actor: Actor): Promise<ApiTokenModel[]> {
    const tokens = await this.dataSource
      .getRepository(ApiTokenEntity)
      .find({ where: { userId: actor.userId }, order: { createdAt: 'DESC' } });
    return tokens.map((t) => toModel(t, null));
  }

  /** grant: api-token.revoke, its owner's. */
  async revoke(grant: Grant): Promise<ApiTokenModel> {
    const id = grant.subject.id;
    const repository = this.dataSource.getRepository(ApiTokenEntity);
    const token = await repository.findOneByOrFail({ id });
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await repository.update({ id, revokedAt: IsNull() }, { revokedAt: token.revokedAt });
    }
    return toModel(token, null);
  }

  /** The token's user and scopes, or null when the token is unknown, revoked or expired. */
  async authenticate(secret: string): Promise<AuthenticatedToken | null> {
    if (!secret.startsWith(API_TOKEN_PREFIX)) return null;
    // One prepared statement: a firm's system polling sends its token with every request.
    const [found] = await preparedQuery<TokenRow>(this.dataSource, TOKEN_BY_HASH, [hashSecret(secret)]);
    const now = Date.now();
    if (!found || found.revokedAt || (found.expiresAt && found.expiresAt.getTime() <= now)) return null;
    if (!found.lastUsedAt || now - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource
        .getRepository(ApiTokenEntity)
        .update({ id: found.id }, { lastUsedAt: new Date(now) });
    }
    return { user: { id: found.userId, role: found.role, courtId: found.courtId }, scopes: found.scopes };
  }
}
