import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Grant } from '@parley/platform';
import { DataSource, IsNull } from 'typeorm';
import { hashSecret, newSecret } from '@parley/platform';
import { UserEntity } from '../users/user.entity';
import { ApiTokenEntity } from './api-token.entity';
import { ApiTokenModel, ApiTokenScopeEnum } from './api-token.model';
import { CreateApiTokenInput } from './create-api-token.input';

export const API_TOKEN_PREFIX = 'pat_';
/** lastUsedAt is informative; writing it on every request would cost a write per read. */
const LAST_USED_RESOLUTION_MS = 60_000;

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
  async authenticate(secret: string): Promise<{ user: UserEntity; token: ApiTokenEntity } | null> {
    if (!secret.startsWith(API_TOKEN_PREFIX)) return null;
    const token = await this.dataSource
      .getRepository(ApiTokenEntity)
      .findOne({ where: { tokenHash: hashSecret(secret) }, relations: { user: true } });
    if (!token?.user || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= Date.now()))
      return null;
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource
        .getRepository(ApiTokenEntity)
        .update({ id: token.id }, { lastUsedAt: new Date() });
    }
    return { user: token.user, token };
  }
}
