import { AccessSubject } from '@parley/platform';

/**
 * Who may see a kind of subject at all. What they may not see answers NOT_FOUND, worded as for what
 * does not exist; capabilities then decide, among those who see it, who may act on it.
 */
export interface Reach {
  /** Members of the case's parties (a private subject: that party's members alone). */
  parties?: boolean;
  /** Staff of the subject's court, once it is before the court. */
  court?: boolean;
  /** Staff of the subject's court, always (the court itself). */
  courtStaff?: boolean;
  /** The user who owns it. */
  owner?: boolean;
  /** Every signed-in principal (public facts such as the list of courts). */
  everyone?: boolean;
}

/**
 * How a kind of subject is read for the policy, as SQL over the owning lib's tables. The same
 * expressions give the by-id lookup and the list filter, so a list never shows what a read by id
 * hides. `$now` in an expression is the request's clock.
 */
export interface SubjectDefinition<Roles extends string = string> {
  kind: string;
  /** What NOT_FOUND names: "The discovery set". */
  noun: string;
  reach: Reach;
  /** The table, with any joins, the subject is read from. */
  from: string;
  id: string;
  caseId?: string;
  courtId?: string;
  parties?: Record<Roles, string>;
  privateTo?: string;
  beforeCourt?: string;
  owner?: string;
  facts?: Record<string, string>;
}

const definitions = new Map<string, SubjectDefinition>();

/** Registers a kind of subject; the lib that owns its tables defines it next to them. */
export function defineSubject<Roles extends string>(
  definition: SubjectDefinition<Roles>,
): SubjectDefinition<Roles> {
  if (definitions.has(definition.kind)) throw new Error(`Subject ${definition.kind} is defined twice`);
  definitions.set(definition.kind, definition as SubjectDefinition);
  return definition;
}

export function definedSubjects(): SubjectDefinition[] {
  return [...definitions.values()];
}

/** The subject's row as the lookup selects it. */
export interface SubjectRow {
  id: string;
  case_id: string | null;
  court_id: string | null;
  parties: Record<string, string | null> | null;
  private_to: string | null;
  before_court: boolean | null;
  owner_user_id: string | null;
  facts: Record<string, unknown> | null;
}

/** Every id column is a uuid, absent ones too, so comparisons with them type-check in PostgreSQL. */
const sqlOrNull = (expression: string | undefined) => expression ?? 'NULL::uuid';

function jsonObject(fields: Record<string, string> | undefined): string {
  const entries = Object.entries(fields ?? {});
  if (entries.length === 0) return `'{}'::json`;
  return `json_build_object(${entries.map(([key, sql]) => `'${key}', ${sql}`).join(', ')})`;
}

/** The SELECT list giving a SubjectRow; `$now` replaced by the given placeholder. */
export function subjectColumns(definition: SubjectDefinition, now: string): string {
  return [
    `${definition.id} AS id`,
    `${sqlOrNull(definition.caseId)} AS case_id`,
    `${sqlOrNull(definition.courtId)} AS court_id`,
    `${jsonObject(definition.parties)} AS parties`,
    `${sqlOrNull(definition.privateTo)} AS private_to`,
    `${definition.beforeCourt ?? 'false'} AS before_court`,
    `${sqlOrNull(definition.owner)} AS owner_user_id`,
    `${jsonObject(definition.facts)} AS facts`,
  ]
    .join(', ')
    .replaceAll('$now', now);
}

export function toAccessSubject(definition: SubjectDefinition, row: SubjectRow): AccessSubject {
  return {
    kind: definition.kind,
    id: row.id,
    caseId: row.case_id,
    courtId: row.court_id,
    parties: row.parties ?? {},
    privateTo: row.private_to,
    beforeCourt: row.before_court === true,
    ownerUserId: row.owner_user_id,
    facts: row.facts ?? {},
  };
}
