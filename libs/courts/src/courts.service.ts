import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError, queryRows } from '@parley/platform';
import { IANAZone } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { shareCourtCalendar } from './court-calendar-lock';
import { CourtHolidayKind } from './court-holiday-kind';
import { CourtHolidayEntity } from './court-holiday.entity';
import { CourtEntity } from './court.entity';
import { CourtModel } from './court.model';
import { CreateCourtInput } from './create-court.input';

export const COURT_DEFAULTS = {
  conferralResponseDays: 10,
  jointLetterPageLimit: 5,
  positionResponseDays: 5,
} as const;

/**
 * Courts with their holidays, as the model, built in SQL: the entities with their holidays cost more
 * to hydrate than to read, and serving a set reads its court on every serve. `rest` picks the courts.
 */
async function readCourts(manager: EntityManager, rest: string, values: unknown[]): Promise<CourtModel[]> {
  const rows = await queryRows<{ court: Omit<CourtModel, 'extraHolidays'> }>(
    manager,
    `SELECT json_build_object('id', c.id, 'name', c.name, 'district', c.district, 'timeZone', c.time_zone,
              'conferralResponseDays', c.conferral_response_days,
              'jointLetterPageLimit', c.joint_letter_page_limit,
              'positionResponseDays', c.position_response_days,
              'holidays', (SELECT COALESCE(json_agg(json_build_object('date', h.date, 'kind', h.kind,
                              'source', h.source) ORDER BY h.date), '[]')
                             FROM court_holidays h WHERE h.court_id = c.id)) AS court
       FROM courts c ${rest}`,
    values,
  );
  return rows.map(({ court }) => ({ ...court, extraHolidays: court.holidays.map((h) => h.date) }));
}

@Injectable()
export class CourtsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(input: CreateCourtInput): Promise<CourtModel> {
    if (!IANAZone.isValidZone(input.timeZone)) {
      throw new BadInputError(
        `"${input.timeZone}" is not an IANA time zone. Use a name such as America/Los_Angeles or America/New_York.`,
      );
    }
    const holidays = [
      ...(input.extraHolidays ?? []).map((date) => ({
        date,
        kind: CourtHolidayKind.STATE_HOLIDAY,
        source: 'State holiday listed when the court was set up',
      })),
      ...(input.holidays ?? []),
    ];
    const dates = holidays.map((h) => h.date);
    const repeated = dates.filter((d, i) => dates.indexOf(d) !== i);
    if (repeated.length > 0)
      throw new BadInputError(`These holidays are listed twice: ${[...new Set(repeated)].join(', ')}.`);

    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const court = await manager.save(
          manager.create(CourtEntity, {
            name: input.name,
            district: input.district,
            timeZone: input.timeZone,
            conferralResponseDays: input.conferralResponseDays ?? COURT_DEFAULTS.conferralResponseDays,
            jointLetterPageLimit: input.jointLetterPageLimit ?? COURT_DEFAULTS.jointLetterPageLimit,
            positionResponseDays: input.positionResponseDays ?? COURT_DEFAULTS.positionResponseDays,
          }),
        );
        if (holidays.length > 0) {
          await manager.insert(
            CourtHolidayEntity,
            holidays.map((h) => ({ ...h, courtId: court.id })),
          );
        }
        return court.id;
      });
      return this.get(id);
    } catch (error) {
      if (isUniqueViolation(error, 'courts_district_name_key')) {
        throw new ConflictError(`${input.district} already has a court named "${input.name}".`);
      }
      throw error;
    }
  }

  /** Inside a transaction pass its manager: one transaction, one connection (a second could wait on the first). */
  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<CourtModel> {
    const [court] = await this.findByIds([id], manager);
    if (!court) throw new NotFoundError('The court');
    return court;
  }

  /**
   * The court, for a computation whose result is stored (a deadline): its calendar cannot change until
   * the transaction ends. Call it before locking rows a calendar change may also lock (a subject with
   * an open deadline), so both take their locks in the same order.
   */
  async getForComputation(id: string, manager: EntityManager): Promise<CourtModel> {
    await shareCourtCalendar(manager, id);
    return this.get(id, manager);
  }

  list(): Promise<CourtModel[]> {
    return readCourts(this.dataSource.manager, 'ORDER BY c.district, c.name', []);
  }

  async findByIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CourtModel[]> {
    if (ids.length === 0) return [];
    return readCourts(manager, 'WHERE c.id = ANY($1::uuid[])', [[...ids]]);
  }
}
