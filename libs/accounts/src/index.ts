import { ApiTokenEntity } from './api-tokens/api-token.entity';
import { RefreshTokenEntity } from './sessions/refresh-token.entity';
import { UserEntity } from './users/user.entity';

export * from './account-capabilities';
export * from './account-events';
export * from './accounts.module';
export * from './admin/queue-board-tickets';
export * from './auth/bearer-auth.guard';
export * from './users/admin-bootstrap.service';
export * from './users/register.input';
export * from './users/user.model';
export * from './users/users.service';

/** For the schema project's DataSource only. */
export const ACCOUNTS_ENTITIES = [UserEntity, RefreshTokenEntity, ApiTokenEntity];
