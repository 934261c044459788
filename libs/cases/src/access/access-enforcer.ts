import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  BadInputError,
  CapabilityRef,
  Clock,
  ForbiddenError,
  Grant,
  MembershipRef,
  GraphQLContext,
  NotFoundError,
  PartyRef,
  preparedQuery,
  readJson,
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

interface FactsRow extends SubjectRow {
  memberships: MembershipRef[];
  case_parties: Array<PartyRef & { hasMembers: boolean }>;
}

/**
 * A subject id as the caller gave it, checked: the refusal of a missing or malformed one names its
 * argument. Lowercased, the one spelling the guard decides on and the service compares.
 */
export function subjectIdOf(id: unknown, argument: string): string {
  if (id === undefined || id === null) {
    throw new BadInputError(`${argument} must name ${argument.endsWith('s') ? 'at least one id' : 'an id'}.`);
  }
  if (typeof id !== 'string' || !isUUID(id)) {
    throw new BadInputError(`${argument} must be an id given out by Parley (a UUID).`);
  }
  return id.toLowerCase();
}

interface FactsStatement {
  json: string;
  alone: string;
  readsTime: boolean;
}

const factsStatements = new WeakMap<SubjectDefinition, FactsStatement>();

/**
 * The facts of a subject of this definition as one JSON value (null when it does not exist): $1 its
 * id, $2 the actor, $3 whether the actor is a party's user, $4 the time where the definition reads
 * it (`readsTime`); `json` to join a combined statement, `alone` as a statement of its own. Built
 * once per definition: every request asks it.
 */
function factsSql(definition: SubjectDefinition): FactsStatement {
  let sql = factsStatements.get(definition);
  if (!sql) {
    const json = `WITH subject AS (SELECT ${subjectColumns(definition, '$4::timestamptz')} FROM ${definition.from}
                      WHERE ${definition.id} = $1)
      SELECT row_to_json(f) FROM (
        SELECT subject.*,
               CASE WHEN $3 THEN (
                 SELECT coalesce(json_agg(json_build_object('partyId', m.party_id, 'role', m.role)), '[]'::json)
                   FROM memberships m WHERE m.case_id = subject.case_id AND m.user_id = $2
               ) ELSE '[]'::json END AS memberships,
               (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name,
                         'hasMembers', EXISTS (SELECT 1 FROM memberships pm WHERE pm.party_id = p.id))
                         ORDER BY p.position), '[]'::json)
                  FROM parties p WHERE p.case_id = subject.case_id) AS case_parties
          FROM subject) f`;
    sql = { json, alone: `SELECT (${json}) AS facts`, readsTime: json.includes('$4') };
    factsStatements.set(definition, sql);
  }
  return sql;
}

function toFacts(actor: Actor, definition: SubjectDefinition, row: FactsRow): AccessFacts {
  return {
    actor: { userId: actor.userId, role: actor.role, courtId: actor.courtId },
    subject: toAccessSubject(definition, row),
    memberships: row.memberships,
    parties: row.case_parties,
  };
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
    const subjectId = subjectIdOf(id, argument);
    return this.decide(actor, capability, await this.facts(actor, capability.definition, subjectId, manager));
  }

  /**
   * The same decision, its facts read within the request's combined statement (readJson), beside the
   * reads of the resolvers it lets answer (Access.toRead). `subjectId` is checked by subjectIdOf.
   */
  async grantInRead(
    actor: Actor,
    ref: CapabilityRef,
    subjectId: string,
    context: GraphQLContext,
  ): Promise<Grant> {
    const { sql, parameters } = this.factsRead(actor, ref, subjectId);
    return this.decideOn(actor, ref, await readJson<unknown>(context, this.dataSource, sql, parameters));
  }

  /**
   * The decision's facts as a read to combine with others: a scalar subquery giving JSON, its
   * parameters numbered from $1. `subjectId` is checked by subjectIdOf. decideOn takes its value.
   */
  factsRead(actor: Actor, ref: CapabilityRef, subjectId: string): { sql: string; parameters: unknown[] } {
    const { definition } = this.capability(ref);
    return { sql: factsSql(definition).json, parameters: this.factsParameters(actor, definition, subjectId) };
  }

  /** The decision on what factsRead read: the grant, or the refusal thrown. */
  decideOn(actor: Actor, ref: CapabilityRef, value: unknown): Grant {
    const capability = this.capability(ref);
    const row = value as FactsRow | null;
    return this.decide(actor, capability, row && toFacts(actor, capability.definition, row));
  }

  /** Loads what the policy needs, or null when the subject does not exist. */
  async facts(
    actor: Actor,
    definition: SubjectDefinition,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AccessFacts | null> {
    const parameters = this.factsParameters(actor, definition, id);
    const text = factsSql(definition).alone;
    // Every request asks this; within a transaction, on the transaction's connection.
    const rows: Array<{ facts: FactsRow | null }> =
      manager === this.dataSource.manager
        ? await preparedQuery(this.dataSource, text, parameters)
        : await manager.query(text, parameters);
    const row = rows[0].facts;
    return row && toFacts(actor, definition, row);
  }

  /** factsSql's parameters: the time only where the definition reads it. */
  private factsParameters(actor: Actor, definition: SubjectDefinition, id: string): unknown[] {
    const parameters: unknown[] = [id, actor.userId, actor.role === SystemRole.USER];
    if (factsSql(definition).readsTime) parameters.push(this.clock.now());
    return parameters;
  }

  private decide(actor: Actor, capability: Capability, facts: AccessFacts | null): Grant {
    if (!facts) throw new NotFoundError(capability.definition.noun);
    const decision = decideAccess(capability.definition.reach, capability.permit, facts);
    if (!decision.allowed) {
      if (decision.invisible) throw new NotFoundError(capability.definition.noun);
      throw new ForbiddenError(decision.reason);
    }
    return Grant.issue(actor, capability.name, facts.subject, decision.side, facts.memberships);
  }

  private capability(ref: CapabilityRef): Capability {
    const capability = capabilityNamed(ref.name);
    if (!capability) throw new Error(`Capability ${ref.name} is not defined`);
    return capability;
  }
}
