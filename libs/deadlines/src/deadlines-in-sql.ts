import { visibleRowsSql } from '@parley/access';
import { Actor, compactObject, jsonPage, JsonShape, SqlAnswerRead, StatementTexts } from '@parley/platform';
import { DeadlineSubject } from './deadline-capabilities';

/** The deadlines a condition picks that a reader may see, by condition and visibility condition. */
const LISTED = new StatementTexts();

/**
 * The deadlines `condition` (on its one parameter, $1) picks that the actor may see, `SELECT d.*`:
 * the policy's visibility SQL, its parameters pushed after those given. DeadlinesService reads
 * through it too.
 */
export function visibleDeadlinesSql(
  actor: Actor,
  condition: string,
  now: Date,
  parameters: unknown[],
): string {
  const { from, where } = visibleRowsSql(actor, DeadlineSubject, now, parameters);
  return LISTED.text([condition, where], () => `SELECT d.* FROM ${from} WHERE ${condition} AND ${where}`);
}

/** A deadline's fields as DeadlinesService reads them (deadlineJson), from the alias `l`. */
const DEADLINE_SHAPE: JsonShape = {
  columns: {
    id: 'l.id',
    caseId: 'l.case_id',
    kind: 'l.kind',
    dueOn: 'l.due_on',
    status: 'l.status',
    partyId: 'l.party_id',
    subjectType: 'l.subject_type',
    subjectId: 'l.subject_id',
    description: 'l.description',
  },
};

/** Query.deadlines answered in SQL (AnsweredInSql): the first page, as the resolver's. */
export function deadlinesInSql({
  actor,
  subjectId,
  now,
  selection,
  parameters,
}: SqlAnswerRead): string | null {
  const fields = compactObject(selection, DEADLINE_SHAPE);
  if (!fields) return null;
  parameters.push(subjectId);
  const listed = visibleDeadlinesSql(actor, 'd.case_id = $1::uuid', now, parameters);
  return jsonPage(listed, parameters, fields, ['due_on', 'created_at'], 'ASC', {}, 'text');
}
