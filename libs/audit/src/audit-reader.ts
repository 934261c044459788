import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { definedEvents } from './events/event-definition';

/** Who reads a case's trail: the parties they represent, and the users who represent those parties. */
export interface AuditReader {
  partyIds: readonly string[];
  colleagueIds: readonly string[];
}

/**
 * Actions whose events are a party's private work. Events written before private chains existed sit
 * on the case's chain (they cannot move without breaking its hashes), so they are told apart by action.
 */
function privateActions(): string[] {
  return definedEvents()
    .filter((e) => e.audience === 'party')
    .map((e) => e.action);
}

/**
 * The events of a case's trail this reader may see: the case's chain, their parties' own chains, and of
 * the private events written before private chains existed, only those their own side wrote. Another
 * party's old draft stays out, its title and its time alike.
 */
export function visibleToReader(alias: string, reader: AuditReader): Brackets {
  return new Brackets((visible: WhereExpressionBuilder) =>
    visible
      .where(
        new Brackets((shared) =>
          shared
            .where(`${alias}.party_id IS NULL`)
            .andWhere(`(${alias}.action <> ALL(:privateActions) OR ${alias}.actor_id = ANY(:colleagueIds))`, {
              privateActions: privateActions(),
              colleagueIds: [...reader.colleagueIds],
            }),
        ),
      )
      .orWhere(`${alias}.party_id = ANY(:myParties)`, { myParties: [...reader.partyIds] }),
  );
}

/** The same rule for one event already loaded: used to count what verification may show. */
export function isVisibleToReader(
  event: { partyId: string | null; action: string; actorId: string | null },
  reader: AuditReader,
): boolean {
  if (event.partyId) return reader.partyIds.includes(event.partyId);
  if (!privateActions().includes(event.action)) return true;
  return event.actorId !== null && reader.colleagueIds.includes(event.actorId);
}
