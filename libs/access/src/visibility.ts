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

/** TypeORM's :visible… parameters as the numbered ones of a statement written in SQL. */
function numbered(actor: Actor, sql: string, now: Date, parameters: unknown[]): string {
  // Only the parameters the condition uses: PostgreSQL refuses one it cannot give a type.
  const values = { User: actor.userId, Court: actor.courtId, Now: now };
  const types = { User: 'uuid', Court: 'uuid', Now: 'timestamptz' };
  const numbers = new Map<keyof typeof values, number>();
  return sql.replace(/:visible(User|Court|Now)\b/g, (_, name: keyof typeof values) => {
    if (!numbers.has(name)) numbers.set(name, parameters.push(values[name]));
    return `$${numbers.get(name)}::${types[name]}`;
  });
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
  return numbered(actor, condition(actor, definition, idExpression), now, parameters);
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
  return { from: definition.from, where: numbered(actor, rowCondition(actor, definition), now, parameters) };
}
