import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { CourtModel, CourtsService } from '@parley/courts';
import { endOfDay, reminderInstants } from '@parley/rules';
import {
  Actor,
  BadInputError,
  GraphQLContext,
  ReadAccess,
  jsonPage,
  readJson,
  CalendarDate,
  Clock,
  ConflictError,
  Grant,
  ListArgs,
  Outbox,
  queryRows,
  StatementTexts,
} from '@parley/platform';
import { requestOf, DeadlineBasis } from './deadline-basis';
import { DeadlineCalculator } from './deadline-calculator';
import {
  CalendarChange,
  DeadlineClosed,
  DeadlineMet,
  DeadlineMoved,
  DeadlineRecomputed,
  DeadlineSet,
} from './deadline-events';
import { ScheduleDeadlineJob } from './jobs/deadline-jobs';
import { DeadlineNoticeEntity, DeadlineNoticeKind, REMINDER_KINDS } from './notices/deadline-notice.entity';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { DeadlineKind, DeadlineStatus } from './deadline-enums';
import { DeadlineEntity, StoredStep } from './deadline.entity';
import { DeadlineModel, toDeadlineModel } from './deadline.model';
import { visibleDeadlinesSql } from './deadlines-in-sql';

/** A deadline's JSON, with or without its words. */
const PROJECTIONS = new StatementTexts();

/** The wordy fields of a deadline, read only when the query asks for them. */
export interface DeadlineWords {
  steps: boolean;
  description: boolean;
}

const ALL_WORDS: DeadlineWords = { steps: true, description: true };

/**
 * A deadline as JSON, from the alias `l` (DeadlineModel's fields), for readJson. The count's steps and
 * the description are most of a deadline's bytes, and a dashboard or a poll of open deadlines seldom
 * asks for them: PostgreSQL builds, and the API parses, only what the query reads. No field resolver
 * of DeadlineModel reads them.
 */
function deadlineJson(words: DeadlineWords): string {
  return PROJECTIONS.text(
    [Boolean(words.description), Boolean(words.steps)],
    () => `json_build_object('id', l.id, 'caseId', l.case_id, 'kind', l.kind, 'dueOn', l.due_on,
  'status', l.status, 'partyId', l.party_id, 'subjectType', l.subject_type, 'subjectId', l.subject_id${
    words.description ? ", 'description', l.description" : ''
  }${words.steps ? ", 'steps', l.steps" : ''})`,
  );
}

/** Deadlines whose meeting Parley cannot observe, so the party that must act reports it. */
const SELF_REPORTED: readonly DeadlineKind[] = [DeadlineKind.COMPLIANCE, DeadlineKind.AGREED_SUPPLEMENT];

/** Kinds whose date the parties fix themselves (FRCP 29(b)): never counted, so never counted again. */
export const FIXED_DATE_KINDS: readonly DeadlineKind[] = [DeadlineKind.AGREED_SUPPLEMENT];

export interface NewDeadline {
  caseId: string;
  partyId: string;
  kind: DeadlineKind;
  subjectType: string;
  subjectId: string;
  description: string;
  dueOn: CalendarDate;
  steps: StoredStep[];
  /** The count that gave dueOn (DeadlineCalculator.track); null for a date fixed by the parties. */
  basis: DeadlineBasis | null;
}

/** Every date a party must act by. Changes are audited in the caller's transaction. */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly events: DomainEvents,
    private readonly courts: CourtsService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly calculator: DeadlineCalculator,
  ) {}

  /** court: the case's court when the caller has it already (its time zone places the reminders). */
  async open(
    manager: EntityManager,
    actorId: string | null,
    deadline: NewDeadline,
    court?: { timeZone: string },
  ): Promise<DeadlineEntity> {
    if (deadline.basis && FIXED_DATE_KINDS.includes(deadline.kind)) {
      throw new Error(`A ${deadline.kind} deadline is a date the parties fix; it has no count to redo`);
    }
    const saved = await this.insert(manager, deadline);
    await this.arm(manager, saved, { fresh: true, timeZone: court?.timeZone });
    await this.events.publish(manager, DeadlineSet, {
      caseId: deadline.caseId,
      actorId,
      subjectId: saved.id,
      data: { kind: saved.kind, partyId: saved.partyId, subjectId: saved.subjectId, dueOn: saved.dueOn },
    });
    return saved;
  }

  /** Plain SQL: TypeORM's save cost more than the insert, and serving a set runs it every time. */
  private async insert(manager: EntityManager, deadline: NewDeadline): Promise<DeadlineEntity> {
    const [stored] = await queryRows<Pick<DeadlineEntity, 'id' | 'createdAt' | 'updatedAt'>>(
      manager,
      `INSERT INTO ${manager.connection.getMetadata(DeadlineEntity).tablePath}
         (case_id, party_id, kind, subject_type, subject_id, description, due_on, status, steps, basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING id, created_at AS "createdAt", updated_at AS "updatedAt"`,
      [
        deadline.caseId,
        deadline.partyId,
        deadline.kind,
        deadline.subjectType,
        deadline.subjectId,
        deadline.description,
        deadline.dueOn,
        DeadlineStatus.OPEN,
        JSON.stringify(deadline.steps),
        deadline.basis === null ? null : JSON.stringify(deadline.basis),
      ],
    );
    return manager.create(DeadlineEntity, {
      ...deadline,
      status: DeadlineStatus.OPEN,
      closedAt: null,
      ...stored,
    });
  }

  async move(
    manager: EntityManager,
    actorId: string | null,
    subjectId: string,
    kind: DeadlineKind,
    dueOn: CalendarDate,
    steps: StoredStep[],
    options: { reopen?: boolean } = {},
  ): Promise<DeadlineEntity> {
    const deadline = await manager.findOneOrFail(DeadlineEntity, {
      where: { subjectId, kind },
      lock: { mode: 'pessimistic_write' },
    });
    const before = { dueOn: deadline.dueOn, status: deadline.status };
    deadline.dueOn = dueOn;
    deadline.steps = steps;
    // A stipulated date is a date, not a period: a later change to the court's calendar leaves it.
    deadline.basis = null;
    // A missed deadline that an agreed extension covers runs again to its new date (FRCP 29(b)); so
    // does one set aside until an agreement took effect.
    if (options.reopen && deadline.status !== DeadlineStatus.OPEN) {
      Object.assign(deadline, { status: DeadlineStatus.OPEN, closedAt: null });
    }
    await manager.save(deadline);
    await this.arm(manager, deadline);
    await this.events.publish(manager, DeadlineMoved, {
      caseId: deadline.caseId,
      actorId,
      subjectId: deadline.id,
      before,
      data: { dueOn, status: deadline.status },
    });
    return deadline;
  }

  /**
   * The open deadlines of these cases whose count reads `date`: from the count's last day to its due
   * date (the only days FRCP 6(a)(1)(C), 6(a)(3) and 6(d) look at), so a day off there may move it
   * and one anywhere else cannot (libs/rules court-days.properties.spec.ts proves it).
   */
  countsReading(
    manager: EntityManager,
    caseIds: readonly string[],
    date: CalendarDate,
  ): Promise<DeadlineEntity[]> {
    if (caseIds.length === 0) return Promise.resolve([]);
    // CAST, not ::, which the query builder would read as a parameter.
    const trigger = `CAST(d.basis->>'triggeredOn' AS date)`;
    const days = `CAST(d.basis->>'days' AS int)`;
    return manager
      .createQueryBuilder(DeadlineEntity, 'd')
      .where('d.status = :open', { open: DeadlineStatus.OPEN })
      .andWhere('d.basis IS NOT NULL')
      .andWhere('d.case_id = ANY(:caseIds)', { caseIds: [...caseIds] })
      .andWhere(
        `((d.basis->>'direction' = 'AFTER' AND ${trigger} + ${days} <= :day AND d.due_on >= :day)
          OR (d.basis->>'direction' = 'BEFORE' AND ${trigger} - ${days} >= :day AND d.due_on <= :day))`,
        { day: date },
      )
      .orderBy('d.case_id')
      .addOrderBy('d.id')
      .getMany();
  }

  /** Locks the deadlines of one kind on these subjects, in one order, as lockRows does. */
  async lockOf(manager: EntityManager, subjectIds: readonly string[], kind: DeadlineKind): Promise<void> {
    if (subjectIds.length === 0) return;
    await manager.query(
      'SELECT id FROM deadlines WHERE subject_id = ANY($1) AND kind = $2 ORDER BY id FOR UPDATE',
      [[...subjectIds], kind],
    );
  }

  /** Locks deadline rows in id order, so two callers locking several never wait on each other in a ring. */
  async lockRows(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query('SELECT id FROM deadlines WHERE id = ANY($1) ORDER BY id FOR UPDATE', [[...ids]]);
  }

  /**
   * Where an open deadline's count puts it on the court's calendar now, when that moves it; null when
   * it stays: a fixed date, the same date, or an earlier date already gone. A day taken off the
   * calendar after the fact never puts a party in default for relying on the date Parley gave it.
   */
  recountedMove(
    court: CourtModel,
    deadline: DeadlineEntity,
  ): { dueOn: CalendarDate; steps: StoredStep[] } | null {
    if (!deadline.basis) return null;
    const { dueOn, steps } = this.calculator.compute(court, requestOf(deadline.basis));
    if (dueOn === deadline.dueOn) return null;
    if (dueOn < deadline.dueOn && dueOn < this.calculator.courtDay(court, this.clock.now())) return null;
    return { dueOn, steps: [...deadline.steps.slice(0, deadline.basis.leadSteps), ...steps] };
  }

  /**
   * Counts an open deadline again after a change to its court's calendar (the caller holds the
   * calendar and the subject's row). When the date moves: the new date and work are stored, the
   * reminders re-armed, the move recorded on the case's chain and every party told. Returns the moved
   * deadline, or null when it stayed (then nothing is written and nobody told).
   */
  async recount(
    manager: EntityManager,
    deadlineId: string,
    court: CourtModel,
    actorId: string,
    change: CalendarChange,
  ): Promise<DeadlineEntity | null> {
    const deadline = await manager.findOne(DeadlineEntity, {
      where: { id: deadlineId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!deadline || deadline.status !== DeadlineStatus.OPEN) return null;
    const recounted = this.recountedMove(court, deadline);
    if (!recounted) return null;
    const previousDueOn = deadline.dueOn;
    Object.assign(deadline, recounted);
    await manager.save(deadline);
    await this.arm(manager, deadline);
    const parties = await this.directory.parties(deadline.caseId, manager);
    await this.events.publish(manager, DeadlineRecomputed, {
      caseId: deadline.caseId,
      actorId,
      subjectId: deadline.id,
      before: { dueOn: previousDueOn },
      data: {
        ...change,
        deadlineKind: deadline.kind,
        partyId: deadline.partyId,
        description: deadline.description,
        previousDueOn,
        dueOn: deadline.dueOn,
      },
      notify: { parties: parties.map((p) => p.id) },
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
    await this.disarm(manager, deadline.id);
    await this.events.publish(manager, DeadlineClosed, {
      caseId: deadline.caseId,
      actorId,
      subjectId: deadline.id,
      before: { status: deadline.status },
      data: { status },
    });
  }

  /**
   * Plans the deadline's reminders (7, 3 and 1 days before, 9 a.m. in the court's zone) and its passing
   * event (the end of the last day, FRCP 6(a)(4)). A reminder whose time has already gone is skipped;
   * a notice already planned for this date is left alone. The worker arms the jobs from these rows.
   */
  /**
   * fresh: the deadline was inserted in this transaction, so it has no notices yet to read. timeZone:
   * its court's, when the caller read the court already.
   */
  private async arm(
    manager: EntityManager,
    deadline: DeadlineEntity,
    { fresh = false, ...known }: { fresh?: boolean; timeZone?: string } = {},
  ): Promise<void> {
    const timeZone = known.timeZone ?? (await this.timeZoneOf(deadline.caseId, manager));
    const now = this.clock.now();
    const planned = [
      ...reminderInstants(deadline.dueOn, timeZone).map((r) => ({
        kind: REMINDER_KINDS[r.daysBefore],
        fireAt: r.at,
      })),
      { kind: DeadlineNoticeKind.PASSED, fireAt: endOfDay(deadline.dueOn, timeZone) },
    ];
    const existing = fresh ? [] : await manager.findBy(DeadlineNoticeEntity, { deadlineId: deadline.id });
    const changed = planned.flatMap((notice) => {
      const current = existing.find((e) => e.kind === notice.kind);
      if (current && current.dueOn === deadline.dueOn && !current.cancelledAt) return [];
      const stale = notice.kind !== DeadlineNoticeKind.PASSED && notice.fireAt.getTime() <= now.getTime();
      return [
        {
          deadlineId: deadline.id,
          kind: notice.kind,
          fireAt: notice.fireAt,
          dueOn: deadline.dueOn,
          firedAt: null,
          cancelledAt: stale ? now : null,
        },
      ];
    });
    // One statement for all of them and the job that arms them: a round trip costs more than the rows.
    await queryRows(
      manager,
      `WITH armed AS (
         INSERT INTO ${manager.connection.getMetadata(DeadlineNoticeEntity).tablePath}
           (deadline_id, kind, fire_at, due_on, fired_at, cancelled_at)
         SELECT deadline_id, kind, fire_at, due_on, fired_at, cancelled_at
           FROM jsonb_to_recordset($1::jsonb) AS n(deadline_id uuid, kind text, fire_at timestamptz,
                due_on date, fired_at timestamptz, cancelled_at timestamptz)
         ON CONFLICT (deadline_id, kind) DO UPDATE SET fire_at = EXCLUDED.fire_at, due_on = EXCLUDED.due_on,
           fired_at = EXCLUDED.fired_at, cancelled_at = EXCLUDED.cancelled_at),
       message AS (${this.outbox.messagesFrom(manager, ScheduleDeadlineJob, 'SELECT $2::jsonb AS payload')})
       SELECT ${this.outbox.wakeSql('message')}`,
      [
        JSON.stringify(
          changed.map((n) => ({
            deadline_id: n.deadlineId,
            kind: n.kind,
            fire_at: n.fireAt,
            due_on: n.dueOn,
            fired_at: n.firedAt,
            cancelled_at: n.cancelledAt,
          })),
        ),
        JSON.stringify({ deadlineId: deadline.id }),
      ],
    );
  }

  private async timeZoneOf(caseId: string, manager: EntityManager): Promise<string> {
    const theCase = await this.directory.getCase(caseId, manager);
    return (await this.courts.get(theCase.courtId, manager)).timeZone;
  }

  private async disarm(manager: EntityManager, deadlineId: string): Promise<void> {
    await manager.update(
      DeadlineNoticeEntity,
      { deadlineId, firedAt: IsNull(), cancelledAt: IsNull() },
      { cancelledAt: this.clock.now() },
    );
    await this.outbox.add(manager, ScheduleDeadlineJob, { deadlineId });
  }

  findFor(manager: EntityManager, subjectId: string, kind: DeadlineKind): Promise<DeadlineEntity | null> {
    return manager.findOneBy(DeadlineEntity, { subjectId, kind });
  }

  /**
   * The party that must act says it did: only for what Parley cannot see happen by itself (complying with
   * an order, supplementing as agreed). Response deadlines are met by serving responses.
   * grant: deadline.meet, held by counsel or the pro se litigant of the party that must act.
   */
  markMet(grant: Grant<'party'>): Promise<DeadlineModel> {
    return this.dataSource.transaction(async (manager) => {
      const deadline = await manager.findOneOrFail(DeadlineEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!SELF_REPORTED.includes(deadline.kind)) {
        throw new BadInputError(
          'This deadline is met by acting in Parley (serving, answering, submitting), not by marking it.',
        );
      }
      if (deadline.status !== DeadlineStatus.OPEN)
        throw new ConflictError(`This deadline is already ${deadline.status.toLowerCase()}.`);
      await this.close(manager, grant.actor.userId, deadline.subjectId, deadline.kind, DeadlineStatus.MET);
      const parties = await this.directory.parties(deadline.caseId, manager);
      await this.events.publish(manager, DeadlineMet, {
        caseId: deadline.caseId,
        actorId: grant.actor.userId,
        subjectId: deadline.id,
        data: { partyId: deadline.partyId, description: deadline.description, dueOn: deadline.dueOn },
        notify: { parties: parties.filter((p) => p.id !== deadline.partyId).map((p) => p.id) },
      });
      return toDeadlineModel({ ...deadline, status: DeadlineStatus.MET });
    });
  }

  /** The case's deadlines the caller may see, soonest first; in the request's combined statement. */
  list(
    access: ReadAccess,
    page: ListArgs,
    context: GraphQLContext,
    words: DeadlineWords = ALL_WORDS,
  ): Promise<DeadlineModel[]> {
    return this.visible(access.actor, 'd.case_id = $1::uuid', access.subjectId, page, context, words);
  }

  /**
   * The open deadlines of every case the actor represents a party in, soonest first, in one statement:
   * the case access policy's own visibility filter picks the cases (none for court staff or admins).
   */
  openFor(
    actor: Actor,
    page: ListArgs,
    context: GraphQLContext,
    words: DeadlineWords = ALL_WORDS,
  ): Promise<DeadlineModel[]> {
    return this.visible(actor, 'd.status = $1', DeadlineStatus.OPEN, page, context, words);
  }

  /** A page of the deadlines `condition` (on its one parameter, $1) picks that the actor may see. */
  private visible(
    actor: Actor,
    condition: string,
    value: unknown,
    page: ListArgs,
    context: GraphQLContext,
    words: DeadlineWords,
  ): Promise<DeadlineModel[]> {
    const parameters: unknown[] = [value];
    return readJson(
      context,
      this.dataSource,
      jsonPage(
        visibleDeadlinesSql(actor, condition, this.clock.now(), parameters),
        parameters,
        deadlineJson(words),
        ['due_on', 'created_at'],
        'ASC',
        page,
      ),
      parameters,
    );
  }

  async bySubjects(subjectIds: readonly string[], kind: DeadlineKind): Promise<DeadlineEntity[]> {
    if (subjectIds.length === 0) return [];
    return this.dataSource.getRepository(DeadlineEntity).findBy({ subjectId: In([...subjectIds]), kind });
  }
}
