import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, GraphQLContext, groupByKeys, readJson } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import { MembershipEntity } from './membership.entity';
import { MembershipModel, toMembershipModel } from './membership.model';
import { PARTY_JSON, PartyModel } from './party.model';

type MembershipInCase = MembershipModel & { caseId: string };

/**
 * Per-request batching for parties and members: a page of cases with their parties and members is a
 * fixed handful of queries whatever its size. Callers have already passed the case-access policy for
 * the parent object.
 */
@Injectable()
export class PartiesLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  ofCase(context: GraphQLContext, caseId: string): Promise<PartyModel[]> {
    return this.ofCaseLoader(context).load(caseId);
  }

  /** A case's parties read along with the case (selectsField), so asking for them costs nothing. */
  primeCase(context: GraphQLContext, caseId: string, parties: PartyModel[]): void {
    this.ofCaseLoader(context).prime(caseId, parties);
  }

  private ofCaseLoader(context: GraphQLContext) {
    return context.loaders.get(
      this.ofCase,
      () =>
        new DataLoader<string, PartyModel[]>(async (caseIds) => {
          const rows = await this.parties(context, 'p.case_id = ANY($1::uuid[])', [caseIds]);
          return groupByKeys(caseIds, rows, (p) => p.caseId);
        }),
    );
  }

  byId(context: GraphQLContext, id: string): Promise<PartyModel | null> {
    return context.loaders
      .get(
        this.byId,
        () =>
          new DataLoader<string, PartyModel | null>(async (ids) => {
            const rows = await this.parties(context, 'p.id = ANY($1::uuid[])', [ids]);
            return byKeys(ids, rows, (p) => p.id);
          }),
      )
      .load(id);
  }

  /** Parties in caption order, with the level's other relations in one statement (readJson). */
  private parties(context: GraphQLContext, where: string, parameters: unknown[]): Promise<PartyModel[]> {
    return readJson(
      context,
      this.dataSource,
      `SELECT coalesce(json_agg(${PARTY_JSON} ORDER BY p.position), '[]'::json) FROM parties p WHERE ${where}`,
      parameters,
    );
  }

  membersOf(context: GraphQLContext, partyId: string): Promise<MembershipModel[]> {
    return context.loaders
      .get(
        this.membersOf,
        () =>
          new DataLoader<string, MembershipInCase[]>(async (partyIds) => {
            const rows = await this.findMemberships({ partyId: In([...partyIds]) });
            return groupByKeys(partyIds, rows, (m) => m.partyId);
          }),
      )
      .load(partyId);
  }

  /** The signed-in user's memberships in each case. */
  mineIn(context: GraphQLContext, userId: string, caseId: string): Promise<MembershipModel[]> {
    return context.loaders
      .get(
        this.mineIn,
        () =>
          new DataLoader<string, MembershipInCase[]>(async (caseIds) => {
            const rows = await this.findMemberships({ caseId: In([...caseIds]), userId });
            return groupByKeys(caseIds, rows, (m) => m.caseId);
          }),
      )
      .load(caseId);
  }

  /**
   * Memberships with their party (so Membership.party needs no further query) and only the member's
   * name from the account: never the rest of it.
   */
  private async findMemberships(where: FindOptionsWhere<MembershipEntity>): Promise<MembershipInCase[]> {
    const rows = await this.dataSource.getRepository(MembershipEntity).find({
      where,
      relations: { user: true, party: true },
      select: {
        id: true,
        partyId: true,
        caseId: true,
        userId: true,
        role: true,
        consentedToElectronicServiceAt: true,
        createdAt: true,
        party: true,
        user: { id: true, name: true },
      },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((m) => ({ ...toMembershipModel(m, m.user?.name ?? ''), caseId: m.caseId }));
  }
}
