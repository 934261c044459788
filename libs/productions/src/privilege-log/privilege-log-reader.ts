import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PrivilegeLogEntryModel } from './privilege-log.model';
import { readEntries } from './privilege-log-reads';

/**
 * What other libs may read of privilege logs (a dispute over entries, the court's packet), as the
 * entries' own model: this lib owns the tables.
 */
@Injectable()
export class PrivilegeLogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The entries with these ids, served or not; unknown ids are simply absent. */
  entries(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PrivilegeLogEntryModel[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return readEntries(manager, 'pe.id = ANY($1::uuid[])', [[...ids]]);
  }

  /** Holds the entries for the caller's transaction (FOR SHARE). */
  async hold(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query('SELECT id FROM privilege_log_entries WHERE id = ANY($1) ORDER BY id FOR SHARE', [
      [...ids],
    ]);
  }
}
