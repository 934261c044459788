import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourtsService } from '@parley/courts';
import {
  Actor,
  BadInputError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  SystemRole,
} from '@parley/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-policy';
import { CreateCourtStaffInput } from './create-court-staff.input';
import { RegisterInput } from './register.input';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly courts: CourtsService,
  ) {}

  register(input: RegisterInput): Promise<UserEntity> {
    return this.create(input, SystemRole.USER, null);
  }

  async createCourtStaff(input: CreateCourtStaffInput): Promise<UserEntity> {
    await this.courts.get(input.courtId);
    return this.create(input, SystemRole.COURT_STAFF, input.courtId);
  }

  async create(
    input: RegisterInput,
    role: SystemRole,
    courtId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity> {
    const problem = passwordProblem(input.password, [input.email, input.name]);
    if (problem) throw new BadInputError(problem);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await manager.save(
        manager.create(UserEntity, { email: input.email, name: input.name, passwordHash, role, courtId }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('An account with this email already exists. Sign in instead.');
      }
      throw error;
    }
  }

  /** The user for an email and password, or null; takes as long for an unknown email. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({
      where: { email: email.trim().toLowerCase() },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        courtId: true,
        createdAt: true,
        passwordHash: true,
      },
    });
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    return ok ? user : null;
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user) throw new NotFoundError('The user');
    return user;
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  toActor(user: UserEntity, via: Actor['via'], scopes: Actor['scopes']): Actor {
    return { userId: user.id, role: user.role, courtId: user.courtId, via, scopes };
  }
}
