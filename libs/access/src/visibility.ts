import { Actor, SystemRole } from '@parley/platform';
import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { SubjectDefinition } from './subject-definition';

/**
 * Who may see a row of the definition's `from`, as a condition on that row's own columns, naming the
 * actor's id, court and the time as TypeORM parameters (:visibleUser …).
 *
 * Membership is asked of each row (EXISTS on memberships' (case_id, user_id) and (party_id, user_id)
 * keys) rather than as the set of the actor's cases: a firm with hundreds of cases would otherwise
 * have PostgreSQL gather every set of every case it holds to keep the five of the case asked for.
 */
function rowCondition(actor: Actor, definition: SubjectDefinition): string {
  const p = { user: ':visibleUser', court: ':visibleCourt', now: ':visibleNow' };
  const { reach } = definition;
  const any: string[] = [];
  if (reach.everyone) any.push('TRUE');
  if (reach.owner && definition.owner) any.push(`${definition.owner} = ${p.user}`);
  if (reach.parties && actor.role === SystemRole.USER && definition.caseId) {
    const member = `EXISTS (SELECT 1 FROM memberships vm WHERE vm.case_id = ${definition.caseId} AND vm.user_id = ${p.user})`;
    const privateTo = definition.privateTo;
    const ofMyParty = `EXISTS (SELECT 1 FROM memberships vp WHERE vp.party_id = ${privateTo} AND vp.user_id = ${p.user})`;
    any.push(privateTo ? `(${member} AND (${privateTo} IS NULL OR ${ofMyParty}))` : member);
  }
  if (actor.role === SystemRole.COURT_STAFF && actor.courtId && definition.courtId) {
    if (reach.courtStaff) any.push(`${definition.courtId} = ${p.court}`);
    else if (reach.court && definition.beforeCourt)
      any.push(`(${definition.courtId} = ${p.court} AND (${definition.beforeCourt}))`);
  }
  return (any.length ? `(${any.join(' OR ')})` : 'FALSE').replaceAll('$now', p.now);
}

/** The condition on `idExpression`, for a statement that reads the subject from other tables. */
function condition(actor: Actor, definition: SubjectDefinition, idExpression: string): string {
  return `${idExpression} IN (SELECT ${definition.id} FROM ${definition.from} WHERE ${rowCondition(actor, definition)})`;
}

/**
 * The list side of the policy: a condition on `idExpression` (e.g. `s.id`) that keeps exactly the
 * subjects `isVisible` lets the actor see, built from the same definition. Every list query composes it.
 */
export function visibleTo(
  actor: Actor,
  definition: SubjectDefinition,
  idExpression: string,
  now: Date,
): Brackets {
  const sql = condition(actor, definition, idExpression);
  return new Brackets((where: WhereExpressionBuilder) =>
    where.where(sql, { visibleUser: actor.userId, visibleCourt: actor.courtId, visibleNow: now }),
  );
}

type ActorValue = 'User' | 'Court' | 'Now';

const TYPES: Record<ActorValue, string> = { User: 'uuid', Court: 'uuid', Now: 'timestamptz' };

/** A condition with numbered parameters, and which of the actor's values they take, in order. */
interface Numbered {
  sql: string;
  values: readonly ActorValue[];
}

/**
 * The numbered conditions made so far, by definition, then by what they depend on: the condition's
 * use (on the rows themselves, or on an id expression), the actor's role, whether the actor has a court, and the parameters before it. A hot read
 * then sends the same text on every request (which PostgreSQL prepared already, and whose statement
 * name is found without building it again), and only the values are the actor's own.
 */
const numberedConditions = new WeakMap<SubjectDefinition, Map<string, Numbered>>();

/** TypeORM's :visible… parameters as the numbered ones of a statement written in SQL. */
function numbered(
  actor: Actor,
  definition: SubjectDefinition,
  use: string,
  condition: () => string,
  now: Date,
  parameters: unknown[],
): string {
  let made = numberedConditions.get(definition);
  if (!made) numberedConditions.set(definition, (made = new Map()));
  const key = `${use}\u0000${actor.role}\u0000${actor.courtId ? 1 : 0}\u0000${parameters.length}`;
  let shape = made.get(key);
  if (!shape) {
    // Only the parameters the condition uses: PostgreSQL refuses one it cannot give a type.
    const values: ActorValue[] = [];
    const offset = parameters.length;
    const sql = condition().replace(/:visible(User|Court|Now)\b/g, (_, name: ActorValue) => {
      if (!values.includes(name)) values.push(name);
      return `$${offset + values.indexOf(name) + 1}::${TYPES[name]}`;
    });
    made.set(key, (shape = { sql, values }));
  }
  const given: Record<ActorValue, unknown> = { User: actor.userId, Court: actor.courtId, Now: now };
  for (const name of shape.values) parameters.push(given[name]);
  return shape.sql;
}

/**
 * visibleTo for a statement written in SQL: its parameters take the numbers after the `parameters`
 * already given, which it extends.
 */
export function visibleToSql(
  actor: Actor,
  definition: SubjectDefinition,
  idExpression: string,
  now: Date,
  parameters: unknown[],
): string {
  return numbered(
    actor,
    definition,
    `in ${idExpression}`,
    () => condition(actor, definition, idExpression),
    now,
    parameters,
  );
}

/**
 * For a statement written in SQL that lists the subjects themselves: the definition's `from` to read
 * them from and the condition on each row, with no second pass over the table to find the visible
 * ids. `parameters` is extended as by visibleToSql.
 */
export function visibleRowsSql(
  actor: Actor,
  definition: SubjectDefinition,
  now: Date,
  parameters: unknown[],
): { from: string; where: string } {
  const where = numbered(actor, definition, 'rows', () => rowCondition(actor, definition), now, parameters);
  return { from: definition.from, where };
}
