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
  JsonRead,
  jsonRead,
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

/** An account as a notice sees it (contactsRead). */
export interface ContactRow {
  id: string;
  email: string;
  name: string;
  role: SystemRole;
  courtId: string | null;
}

/** Whom a notice goes to, and in what capacity they hear from Parley. */
export interface Contact {
  id: string;
  email: string;
  name: string;
  role: SystemRole;
  courtName: string | null;
}

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

  /**
   * How to reach users, and in what capacity they hear from Parley (a party's, a court's, the admin),
   * as a read to combine with others (readTogether): what a notice needs of an account, nothing more.
   * withCourtNames names a court staff account's court.
   */
  contactsRead(ids: readonly string[]): JsonRead<ContactRow[]> {
    return jsonRead(
      `SELECT COALESCE(json_agg(json_build_object('id', u.id, 'email', u.email, 'name', u.name,
                'role', u.role, 'courtId', u.court_id)), '[]')
         FROM users u WHERE u.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  /** The contacts with their court's name; a statement more only when one of them is court staff. */
  async withCourtNames(rows: readonly ContactRow[], manager: EntityManager): Promise<Contact[]> {
    const courtIds = [...new Set(rows.flatMap((u) => (u.courtId ? [u.courtId] : [])))];
    const courts = await this.courts.findByIds(courtIds, manager);
    return rows.map(({ id, email, name, role, courtId }) => ({
      id,
      email,
      name,
      role,
      courtName: courts.find((c) => c.id === courtId)?.name ?? null,
    }));
  }

  /** The accounts of a court's staff, as a read to combine: who hears of what is before that court. */
  courtStaffIdsRead(courtId: string): JsonRead<string[]> {
    return jsonRead(
      `SELECT COALESCE(json_agg(u.id), '[]') FROM users u WHERE u.court_id = $1 AND u.role = $2`,
      [courtId, SystemRole.COURT_STAFF],
    );
  }

  toActor(
    user: Pick<UserEntity, 'id' | 'role' | 'courtId'>,
    via: Actor['via'],
    scopes: Actor['scopes'],
  ): Actor {
    return { userId: user.id, role: user.role, courtId: user.courtId, via, scopes };
  }
}
