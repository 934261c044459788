import { Actor, SystemRole } from '@parley/platform';
import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { SubjectDefinition } from './subject-definition';

/** The condition, naming the actor's id, court and the time as TypeORM parameters (:visibleUser …). */
function condition(actor: Actor, definition: SubjectDefinition, idExpression: string): string {
  const p = { user: ':visibleUser', court: ':visibleCourt', now: ':visibleNow' };
  const { reach } = definition;
  const any: string[] = [];
  if (reach.everyone) any.push('TRUE');
  if (reach.owner && definition.owner) any.push(`${definition.owner} = ${p.user}`);
  if (reach.parties && actor.role === SystemRole.USER && definition.caseId) {
    const mine = `SELECT vm.case_id FROM memberships vm WHERE vm.user_id = ${p.user}`;
    const myParties = `SELECT vp.party_id FROM memberships vp WHERE vp.user_id = ${p.user}`;
    const privateTo = definition.privateTo;
    any.push(
      `(${definition.caseId} IN (${mine})` +
        (privateTo ? ` AND (${privateTo} IS NULL OR ${privateTo} IN (${myParties}))` : '') +
        ')',
    );
  }
  if (actor.role === SystemRole.COURT_STAFF && actor.courtId && definition.courtId) {
    if (reach.courtStaff) any.push(`${definition.courtId} = ${p.court}`);
    else if (reach.court && definition.beforeCourt)
      any.push(`(${definition.courtId} = ${p.court} AND (${definition.beforeCourt}))`);
  }
  const where = any.length ? any.join(' OR ') : 'FALSE';
  return `${idExpression} IN (SELECT ${definition.id} FROM ${definition.from} WHERE ${where})`.replaceAll(
    '$now',
    p.now,
  );
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
  // Only the parameters the condition uses: PostgreSQL refuses one it cannot give a type.
  const values = { User: actor.userId, Court: actor.courtId, Now: now };
  const types = { User: 'uuid', Court: 'uuid', Now: 'timestamptz' };
  const sql = condition(actor, definition, idExpression);
  const numbers = new Map<keyof typeof values, number>();
  return sql.replace(/:visible(User|Court|Now)\b/g, (_, name: keyof typeof values) => {
    if (!numbers.has(name)) numbers.set(name, parameters.push(values[name]));
    return `$${numbers.get(name)}::${types[name]}`;
  });
}
