import { Actor, SystemRole } from '@parley/platform';
import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { SubjectDefinition } from './subject-definition';

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
  const { reach } = definition;
  const any: string[] = [];
  if (reach.everyone) any.push('TRUE');
  if (reach.owner && definition.owner) any.push(`${definition.owner} = :visibleUser`);
  if (reach.parties && actor.role === SystemRole.USER && definition.caseId) {
    const mine = 'SELECT vm.case_id FROM memberships vm WHERE vm.user_id = :visibleUser';
    const myParties = 'SELECT vp.party_id FROM memberships vp WHERE vp.user_id = :visibleUser';
    const privateTo = definition.privateTo;
    any.push(
      `(${definition.caseId} IN (${mine})` +
        (privateTo ? ` AND (${privateTo} IS NULL OR ${privateTo} IN (${myParties}))` : '') +
        ')',
    );
  }
  if (actor.role === SystemRole.COURT_STAFF && actor.courtId && definition.courtId) {
    if (reach.courtStaff) any.push(`${definition.courtId} = :visibleCourt`);
    else if (reach.court && definition.beforeCourt)
      any.push(`(${definition.courtId} = :visibleCourt AND (${definition.beforeCourt}))`);
  }
  const condition = any.length ? any.join(' OR ') : 'FALSE';
  const sql =
    `${idExpression} IN (SELECT ${definition.id} FROM ${definition.from} WHERE ${condition})`.replaceAll(
      '$now',
      ':visibleNow',
    );
  return new Brackets((where: WhereExpressionBuilder) =>
    where.where(sql, { visibleUser: actor.userId, visibleCourt: actor.courtId, visibleNow: now }),
  );
}
