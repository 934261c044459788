import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CourtsService } from '@parley/courts';
import {
  Actor,
  BadInputError,
  ConflictError,
  Grant,
  isUniqueViolation,
  lockForTransaction,
  NotFoundError,
  SystemRole,
} from '@parley/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { CourtStaffAdded } from '../account-events';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-policy';
import { CreateCourtStaffInput } from './create-court-staff.input';
import { RegisterInput } from './register.input';
import { SignerProfileFields, UpdateSignerProfileInput } from './signer-profile';
import { UserEntity } from './user.entity';

/** The profile fields the input names: undefined leaves a field alone, null clears it. */
function profileChanges(
  input: SignerProfileFields,
): Partial<Record<keyof SignerProfileFields, string | null>> {
  const fields = ['mailingAddress', 'telephone', 'barNumber', 'firm'] as const;
  return Object.fromEntries(fields.filter((f) => input[f] !== undefined).map((f) => [f, input[f] ?? null]));
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly courts: CourtsService,
    private readonly events: DomainEvents,
  ) {}

  register(input: RegisterInput): Promise<UserEntity> {
    return this.create(input, SystemRole.USER, null);
  }

  /**
   * grant: court.staff.add. An admin creates a court's first account only; the court's staff add the
   * rest. Checked again under a lock on the court, so two first accounts cannot both be created.
   */
  createCourtStaff(grant: Grant, input: CreateCourtStaffInput): Promise<UserEntity> {
    const courtId = grant.subject.id;
    return this.dataSource.transaction(async (manager) => {
      await lockForTransaction(manager, `court-staff:${courtId}`);
      if (
        grant.actor.role === SystemRole.ADMIN &&
        (await manager.existsBy(UserEntity, { courtId, role: SystemRole.COURT_STAFF }))
      ) {
        throw new ConflictError('This court already has staff; only its staff can add another account.');
      }
      const court = await this.courts.get(courtId, manager);
      const added = await this.create(input, SystemRole.COURT_STAFF, courtId, manager);
      const by = await this.get(grant.actor.userId, manager);
      await this.events.publish(manager, CourtStaffAdded, {
        caseId: null,
        courtId,
        actorId: grant.actor.userId,
        subjectId: added.id,
        data: {
          userId: added.id,
          name: added.name,
          email: added.email,
          courtName: court.name,
          addedByName: by.name,
          addedByRole: by.role,
        },
        notify: { court: courtId },
      });
      return added;
    });
  }

  /** The staff accounts of a court, for its own staff (grant: court.staff.read). */
  courtStaff(grant: Grant): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({
      where: { courtId: grant.subject.id, role: SystemRole.COURT_STAFF },
      order: { createdAt: 'ASC' },
    });
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
        manager.create(UserEntity, {
          email: input.email,
          name: input.name,
          passwordHash,
          role,
          courtId,
          ...profileChanges(input),
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('An account with this email already exists. Sign in instead.');
      }
      throw error;
    }
  }

  /** What the user signs papers with; omitted fields stay as they are. */
  async updateSignerProfile(actor: Actor, input: UpdateSignerProfileInput): Promise<UserEntity> {
    const repository = this.dataSource.getRepository(UserEntity);
    const changes = { ...profileChanges(input), ...(input.name !== undefined ? { name: input.name } : {}) };
    if (Object.keys(changes).length) await repository.update({ id: actor.userId }, changes);
    return this.get(actor.userId);
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

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const user = await this.findById(id, manager);
    if (!user) throw new NotFoundError('The user');
    return user;
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  /** Where to reach these users: what a notice needs of an account, nothing more. */
  /** How to reach users, and in what capacity they hear from Parley (a party's, a court's, the admin). */
  async contacts(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ id: string; email: string; name: string; role: SystemRole; courtName: string | null }>> {
    if (ids.length === 0) return [];
    const users = await manager.find(UserEntity, {
      where: { id: In([...ids]) },
      select: { id: true, email: true, name: true, role: true, courtId: true },
    });
    const courtIds = [...new Set(users.flatMap((u) => (u.courtId ? [u.courtId] : [])))];
    const courts = await this.courts.findByIds(courtIds, manager);
    return users.map(({ id, email, name, role, courtId }) => ({
      id,
      email,
      name,
      role,
      courtName: courts.find((c) => c.id === courtId)?.name ?? null,
    }));
  }

  /** The accounts of a court's staff: who hears of what is before that court. */
  async courtStaffIds(courtId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const staff = await manager.find(UserEntity, {
      where: { courtId, role: SystemRole.COURT_STAFF },
      select: { id: true },
    });
    return staff.map((u) => u.id);
  }

  toActor(user: UserEntity, via: Actor['via'], scopes: Actor['scopes']): Actor {
    return { userId: user.id, role: user.role, courtId: user.courtId, via, scopes };
  }
}
