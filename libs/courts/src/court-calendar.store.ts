import { Injectable } from '@nestjs/common';
import { CalendarDate } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { holdCourtCalendar } from './court-calendar-lock';
import { CourtHolidayKind } from './court-holiday-kind';
import { CourtHolidayEntity } from './court-holiday.entity';
import { CourtEntity } from './court.entity';
import { CourtHolidayModel, CourtModel } from './court.model';
import { CourtsService } from './courts.service';

/** The settings a court's staff or an admin may change after the court is set up. */
export interface CourtSettings {
  conferralResponseDays: number;
  jointLetterPageLimit: number;
  positionResponseDays: number;
}

/**
 * Changes to a court's own days off and settings, within the caller's transaction, which first holds
 * the court's calendar (holdForChange; see court-calendar-lock.ts).
 */
@Injectable()
export class CourtCalendarStore {
  constructor(private readonly courts: CourtsService) {}

  /** The court, its calendar held for a change until the transaction ends. */
  async holdForChange(manager: EntityManager, courtId: string): Promise<CourtModel> {
    await holdCourtCalendar(manager, courtId);
    return this.courts.get(courtId, manager);
  }

  async holidayOn(
    manager: EntityManager,
    courtId: string,
    date: CalendarDate,
  ): Promise<CourtHolidayModel | null> {
    const row = await manager.findOneBy(CourtHolidayEntity, { courtId, date });
    return row && { date: row.date, kind: row.kind, source: row.source };
  }

  async addHoliday(manager: EntityManager, courtId: string, day: CourtHolidayModel): Promise<void> {
    await manager.insert(CourtHolidayEntity, { courtId, date: day.date, kind: day.kind, source: day.source });
  }

  /** Removes the court's entry for a day; returns it, or null when there was none. */
  async removeHoliday(
    manager: EntityManager,
    courtId: string,
    date: CalendarDate,
  ): Promise<CourtHolidayModel | null> {
    const row = await manager.findOneBy(CourtHolidayEntity, { courtId, date });
    if (!row) return null;
    await manager.delete(CourtHolidayEntity, { id: row.id });
    return { date: row.date, kind: row.kind as CourtHolidayKind, source: row.source };
  }

  async updateSettings(manager: EntityManager, courtId: string, settings: CourtSettings): Promise<void> {
    await manager.update(CourtEntity, { id: courtId }, settings);
  }
}
