import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CaseAccessService, CaseCapability } from '@parley/cases';
import { Actor, CalendarDate, Clock } from '@parley/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { DeadlineKind, DeadlineStatus } from './deadline-enums';
import { DeadlineEntity, StoredStep } from './deadline.entity';
import { DeadlineModel, toDeadlineModel } from './deadline.model';

export interface NewDeadline {
  caseId: string;
  partyId: string;
  kind: DeadlineKind;
  subjectType: string;
  subjectId: string;
  description: string;
  dueOn: CalendarDate;
  steps: StoredStep[];
}

/** Every date a party must act by. Changes are audited in the caller's transaction. */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async open(manager: EntityManager, actorId: string | null, deadline: NewDeadline): Promise<DeadlineEntity> {
    const saved = await manager.save(
      manager.create(DeadlineEntity, { ...deadline, status: DeadlineStatus.OPEN }),
    );
    await this.audit.append(manager, {
      caseId: deadline.caseId,
      actorId,
      action: 'DEADLINE_SET',
      subjectType: 'Deadline',
      subjectId: saved.id,
      after: { kind: saved.kind, partyId: saved.partyId, subjectId: saved.subjectId, dueOn: saved.dueOn },
    });
    return saved;
  }

  async move(
    manager: EntityManager,
    actorId: string | null,
    subjectId: string,
    kind: DeadlineKind,
    dueOn: CalendarDate,
    steps: StoredStep[],
  ): Promise<DeadlineEntity> {
    const deadline = await manager.findOneOrFail(DeadlineEntity, {
      where: { subjectId, kind },
      lock: { mode: 'pessimistic_write' },
    });
    const before = { dueOn: deadline.dueOn };
    deadline.dueOn = dueOn;
    deadline.steps = steps;
    await manager.save(deadline);
    await this.audit.append(manager, {
      caseId: deadline.caseId,
      actorId,
      action: 'DEADLINE_MOVED',
      subjectType: 'Deadline',
      subjectId: deadline.id,
      before,
      after: { dueOn },
    });
    return deadline;
  }

  /** Closes an open deadline: MET, MISSED or CANCELLED. A closed one stays as it was. */
  async close(
    manager: EntityManager,
    actorId: string | null,
    subjectId: string,
    kind: DeadlineKind,
    status: Exclude<DeadlineStatus, DeadlineStatus.OPEN>,
  ): Promise<void> {
    const deadline = await manager.findOne(DeadlineEntity, {
      where: { subjectId, kind },
      lock: { mode: 'pessimistic_write' },
    });
    if (!deadline || deadline.status !== DeadlineStatus.OPEN) return;
    await manager.update(DeadlineEntity, { id: deadline.id }, { status, closedAt: this.clock.now() });
    await this.audit.append(manager, {
      caseId: deadline.caseId,
      actorId,
      action: 'DEADLINE_CLOSED',
      subjectType: 'Deadline',
      subjectId: deadline.id,
      before: { status: deadline.status },
      after: { status },
    });
  }

  findFor(manager: EntityManager, subjectId: string, kind: DeadlineKind): Promise<DeadlineEntity | null> {
    return manager.findOneBy(DeadlineEntity, { subjectId, kind });
  }

  /** The case's deadlines, soonest first; everyone in the case sees them (they concern served papers). */
  async list(actor: Actor, caseId: string): Promise<DeadlineModel[]> {
    await this.access.require(actor, caseId, CaseCapability.READ);
    const rows = await this.dataSource
      .getRepository(DeadlineEntity)
      .find({ where: { caseId }, order: { dueOn: 'ASC', createdAt: 'ASC' } });
    return rows.map(toDeadlineModel);
  }

  async bySubjects(subjectIds: readonly string[], kind: DeadlineKind): Promise<DeadlineEntity[]> {
    if (subjectIds.length === 0) return [];
    return this.dataSource.getRepository(DeadlineEntity).findBy({ subjectId: In([...subjectIds]), kind });
  }
}
