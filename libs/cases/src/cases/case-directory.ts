import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JsonRead, jsonRead, NotFoundError } from '@parley/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { MembershipEntity } from '../parties/membership.entity';
import { PartySide } from '../parties/party-enums';
import { PartyEntity } from '../parties/party.entity';
import { CaseEntity } from './case.entity';

export interface CaseFacts {
  id: string;
  courtId: string;
  docketNumber: string;
  title: string;
  judge: string;
  rule26fConferenceOn: string | null;
  discoveryCutoffOn: string | null;
}

export interface PartyFacts {
  id: string;
  caseId: string;
  name: string;
  side: PartySide;
  proSe: boolean;
  incarcerated: boolean;
  position: number;
  mailingAddress: string | null;
}

export interface MemberFacts {
  partyId: string;
  userId: string;
  name: string;
}

/** What delivering an event's notices needs of its case (noticeScopeRead). */
export interface NoticeScope {
  courtId: string;
  title: string;
  docketNumber: string;
  /** Every party of the case, in caption order. */
  parties: Array<{ id: string; name: string }>;
  /** The members of the parties asked about (those of the case only), oldest first. */
  members: Array<{ partyId: string; userId: string }>;
}

/** A party's facts from its row (or any row with its columns), without the rest. */
export const toParty = ({
  id,
  caseId,
  name,
  side,
  proSe,
  incarcerated,
  position,
  mailingAddress,
}: Pick<PartyEntity, keyof PartyFacts>): PartyFacts => ({
  id,
  caseId,
  name,
  side,
  proSe,
  incarcerated,
  position,
  mailingAddress,
});

/**
 * What other libs may read of cases, parties and members, as plain facts: the cases lib owns those
 * tables, and nobody else reads or writes them directly.
 */
@Injectable()
export class CaseDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getCase(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseFacts> {
    const row = await manager.findOneBy(CaseEntity, { id: caseId });
    if (!row) throw new NotFoundError('The case');
    const { id, courtId, docketNumber, title, judge, rule26fConferenceOn, discoveryCutoffOn } = row;
    return { id, courtId, docketNumber, title, judge, rule26fConferenceOn, discoveryCutoffOn };
  }

  /** getCase as a read to combine with others (readTogether); null when there is no such case. */
  caseRead(caseId: string): JsonRead<CaseFacts | null> {
    return jsonRead(
      `SELECT json_build_object('id', c.id, 'courtId', c.court_id, 'docketNumber', c.docket_number,
         'title', c.title, 'judge', c.judge, 'rule26fConferenceOn', c.rule26f_conference_on,
         'discoveryCutoffOn', c.discovery_cutoff_on)
       FROM cases c WHERE c.id = $1`,
      [caseId],
    );
  }

  async cases(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseFacts[]> {
    if (ids.length === 0) return [];
    const rows = await manager.findBy(CaseEntity, { id: In([...ids]) });
    return rows.map(
      ({ id, courtId, docketNumber, title, judge, rule26fConferenceOn, discoveryCutoffOn }) => ({
        id,
        courtId,
        docketNumber,
        title,
        judge,
        rule26fConferenceOn,
        discoveryCutoffOn,
      }),
    );
  }

  /** The case's parties in caption order. */
  async parties(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<PartyFacts[]> {
    const rows = await manager.find(PartyEntity, { where: { caseId }, order: { position: 'ASC' } });
    return rows.map(toParty);
  }

  async party(partyId: string, manager: EntityManager = this.dataSource.manager): Promise<PartyFacts | null> {
    const row = await manager.findOneBy(PartyEntity, { id: partyId });
    return row ? toParty(row) : null;
  }

  /** Who represents each party of the case on Parley, by name only. */
  async members(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<MemberFacts[]> {
    const rows = await manager.find(MembershipEntity, {
      where: { caseId },
      relations: { user: true },
      select: { partyId: true, userId: true, user: { id: true, name: true } },
      order: { createdAt: 'ASC' },
    });
    return rows.map((m) => ({ partyId: m.partyId, userId: m.userId, name: m.user?.name ?? '' }));
  }

  /** The users who represent any of these parties: who hears of what concerns them. */
  async memberUserIds(
    partyIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (partyIds.length === 0) return [];
    const rows = await manager.find(MembershipEntity, {
      where: { partyId: In([...partyIds]) },
      select: { userId: true },
    });
    return [...new Set(rows.map((m) => m.userId))];
  }

  /**
   * The case, its parties and the members of some of them, as a read to combine (readTogether): one
   * round trip for what a notice job needs, where getCase, parties and memberUserIds are three.
   * Null when there is no such case.
   */
  noticeScopeRead(caseId: string, partyIds: readonly string[]): JsonRead<NoticeScope | null> {
    return jsonRead(
      `SELECT json_build_object(
         'courtId', c.court_id, 'title', c.title, 'docketNumber', c.docket_number,
         'parties', (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.position), '[]')
                       FROM parties p WHERE p.case_id = c.id),
         'members', (SELECT COALESCE(json_agg(json_build_object('partyId', m.party_id, 'userId', m.user_id)
                                              ORDER BY m.created_at, m.id), '[]')
                       FROM memberships m WHERE m.case_id = c.id AND m.party_id = ANY($2::uuid[])))
       FROM cases c WHERE c.id = $1`,
      [caseId, [...partyIds]],
    );
  }

  /** The cases a user represents a party in. */
  async caseIdsOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.find(MembershipEntity, { where: { userId }, select: { caseId: true } });
    return [...new Set(rows.map((m) => m.caseId))];
  }

  /** The cases opened in a court: whose deadlines a change to its calendar may move. */
  async caseIdsInCourt(courtId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.find(CaseEntity, { where: { courtId }, select: { id: true } });
    return rows.map((c) => c.id);
  }
}
