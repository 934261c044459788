import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AppError, InjectConfig, lockForTransaction, SystemRole } from '@parley/platform';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

/** API.md: the first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD when no admin exists yet. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(AdminBootstrap.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const created = await this.dataSource.transaction(async (manager) => {
      // Two API instances starting together must not both create one.
      await lockForTransaction(manager, 'admin-bootstrap');
      if (await manager.existsBy(UserEntity, { role: SystemRole.ADMIN })) return false;
      await this.users
        .create(
          { email: admin.email.trim().toLowerCase(), password: admin.password, name: 'Administrator' },
          SystemRole.ADMIN,
          null,
          manager,
        )
        .catch((error: unknown) => {
          throw error instanceof AppError ? new Error(`ADMIN_PASSWORD was refused: ${error.message}`) : error;
        });
      return true;
    });
    if (created) this.logger.info({ email: admin.email }, 'Created the first admin from ADMIN_EMAIL');
  }
}
