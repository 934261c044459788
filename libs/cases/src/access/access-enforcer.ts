import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessSubject,
  Actor,
  BadInputError,
  CapabilityRef,
  Clock,
  ForbiddenError,
  Grant,
  MembershipRef,
  NotFoundError,
  PartyRef,
  preparedQuery,
  SystemRole,
} from '@parley/platform';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import {
  AccessFacts,
  Capability,
  capabilityNamed,
  decideAccess,
  SubjectDefinition,
  subjectColumns,
  SubjectRow,
  toAccessSubject,
} from '@parley/access';

interface LoadedRow extends SubjectRow {
  memberships: MembershipRef[];
  case_parties: Array<PartyRef & { hasMembers: boolean }>;
}

/**
 * The one door's decision: looks the subject up through its definition, with the actor's place in
 * its case, in one statement; asks the policy; and issues the grant the resolver hands its service.
 */
@Injectable()
export class AccessEnforcer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * @param id the subject's id as the caller gave it; `argument` names it in the refusal of a
   * malformed one.
   */
  async grant(
    actor: Actor,
    ref: CapabilityRef,
    id: unknown,
    argument: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Grant> {
    const capability = this.capability(ref);
    if (id === undefined || id === null) {
      throw new BadInputError(
        `${argument} must name ${argument.endsWith('s') ? 'at least one id' : 'an id'}.`,
      );
    }
    if (typeof id !== 'string' || !isUUID(id)) {
      throw new BadInputError(`${argument} must be an id given out by Parley (a UUID).`);
    }
    const facts = await this.facts(actor, capability.definition, id.toLowerCase(), manager);
    if (!facts) throw new NotFoundError(capability.definition.noun);
    const decision = decideAccess(capability.definition.reach, capability.permit, facts);
    if (!decision.allowed) {
      if (decision.invisible) throw new NotFoundError(capability.definition.noun);
      throw new ForbiddenError(decision.reason);
    }
    return Grant.issue(actor, capability.name, facts.subject, decision.side, facts.memberships);
  }

  /** Loads what the policy needs, or null when the subject does not exist. */
  async facts(
    actor: Actor,
    definition: SubjectDefinition,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AccessFacts | null> {
    const columns = subjectColumns(definition, '$4::timestamptz');
    const parameters: unknown[] = [id, actor.userId, actor.role === SystemRole.USER];
    if (columns.includes('$4')) parameters.push(this.clock.now());
    const sql = `WITH subject AS (SELECT ${columns} FROM ${definition.from}
                         WHERE ${definition.id} = $1)
       SELECT subject.*,
              CASE WHEN $3 THEN (
                SELECT coalesce(json_agg(json_build_object('partyId', m.party_id, 'role', m.role)), '[]'::json)
                  FROM memberships m WHERE m.case_id = subject.case_id AND m.user_id = $2
              ) ELSE '[]'::json END AS memberships,
              (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name,
                        'hasMembers', EXISTS (SELECT 1 FROM memberships pm WHERE pm.party_id = p.id))
                        ORDER BY p.position), '[]'::json)
                 FROM parties p WHERE p.case_id = subject.case_id) AS case_parties
         FROM subject`;
    // Every request asks this; within a transaction, on the transaction's connection.
    const rows: LoadedRow[] =
      manager === this.dataSource.manager
        ? await preparedQuery(this.dataSource, sql, parameters)
        : await manager.query(sql, parameters);
    const row = rows[0];
    if (!row) return null;
    const subject: AccessSubject = toAccessSubject(definition, row);
    return {
      actor: { userId: actor.userId, role: actor.role, courtId: actor.courtId },
      subject,
      memberships: row.memberships,
      parties: row.case_parties,
    };
  }

  private capability(ref: CapabilityRef): Capability {
    const capability = capabilityNamed(ref.name);
    if (!capability) throw new Error(`Capability ${ref.name} is not defined`);
    return capability;
  }
}
