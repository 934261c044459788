import { DiscoveryKindName } from './discovery-timing';

export interface ResponseItemInput {
  answer: string | null;
  objections: readonly string[];
  admission: 'ADMIT' | 'DENY' | 'CANNOT_ADMIT_OR_DENY' | null;
  production: 'WILL_PRODUCE' | 'PRODUCING_WITH_WITHHOLDING' | 'WITHHOLDING_ALL' | 'NONE_EXIST' | null;
}

/** Answers that withhold responsive material: only on an objection stated (FRCP 34(b)(2)(C)). */
const WITHHOLDING: ReadonlyArray<ResponseItemInput['production']> = [
  'PRODUCING_WITH_WITHHOLDING',
  'WITHHOLDING_ALL',
];

export interface RuleProblem {
  rule: string;
  message: string;
}

/**
 * What a response to one request must contain, by kind. Returns every problem (empty when sound).
 * - FRCP 33(b)(3)-(4): each interrogatory is answered separately and fully, or objected to with specificity.
 * - FRCP 34(b)(2)(B)-(C): each production request is answered (produce / permit) or objected to, and an
 *   objection says whether responsive material is being withheld on its basis; material is withheld
 *   only on an objection stated, so withholding (in part or all of it) needs one.
 * - FRCP 36(a)(4)-(5): each request for admission is admitted, specifically denied, explained in detail
 *   when it cannot be admitted or denied, or objected to.
 */
export function responseItemProblems(
  kind: DiscoveryKindName,
  item: ResponseItemInput,
  number: number,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const hasAnswer = Boolean(item.answer?.trim());
  const objects = item.objections.length > 0;
  const label = `Request ${number}`;
  if (item.objections.some((o) => !o.trim())) {
    problems.push({
      rule: 'FRCP 33(b)(4)',
      message: `${label}: an objection must state its grounds; one is empty.`,
    });
  }
  switch (kind) {
    case 'INTERROGATORIES':
      if (item.admission || item.production) {
        problems.push({
          rule: 'FRCP 33(b)(3)',
          message: `${label}: interrogatories take an answer, not an admission or production answer.`,
        });
      }
      if (!hasAnswer && !objects) {
        problems.push({
          rule: 'FRCP 33(b)(3)',
          message: `${label}: answer it separately and fully, or state the objections (FRCP 33(b)(3)-(4)).`,
        });
      }
      break;
    case 'PRODUCTION':
      if (item.admission) {
        problems.push({
          rule: 'FRCP 34(b)(2)(B)',
          message: `${label}: a production request takes a production answer, not an admission.`,
        });
      }
      if (!item.production && !objects) {
        problems.push({
          rule: 'FRCP 34(b)(2)(B)',
          message: `${label}: say whether you will produce, or state the objections.`,
        });
      }
      if (objects && !item.production) {
        problems.push({
          rule: 'FRCP 34(b)(2)(C)',
          message: `${label}: an objection must state whether responsive material is being withheld; give a production answer (PRODUCING_WITH_WITHHOLDING, WITHHOLDING_ALL, WILL_PRODUCE or NONE_EXIST).`,
        });
      }
      if (WITHHOLDING.includes(item.production) && !objects) {
        problems.push({
          rule: 'FRCP 34(b)(2)(C)',
          message: `${label}: responsive material may be withheld only on an objection; state the objections it is withheld on.`,
        });
      }
      break;
    case 'ADMISSIONS':
      if (item.production) {
        problems.push({
          rule: 'FRCP 36(a)(4)',
          message: `${label}: a request for admission takes an admission answer, not a production answer.`,
        });
      }
      if (!item.admission && !objects) {
        problems.push({
          rule: 'FRCP 36(a)(4)',
          message: `${label}: admit, deny, or explain why you cannot; or state the objections.`,
        });
      }
      if (item.admission === 'CANNOT_ADMIT_OR_DENY' && !hasAnswer) {
        problems.push({
          rule: 'FRCP 36(a)(4)',
          message: `${label}: when you cannot admit or deny, the answer must state in detail why (FRCP 36(a)(4)).`,
        });
      }
      break;
  }
  return problems;
}

export interface LateResponseFlag {
  rule: string;
  message: string;
}

/**
 * Consequences of a late response that the product flags for the parties and the court to weigh, never
 * decides: objections to interrogatories not made in time are waived unless the court excuses the
 * failure (FRCP 33(b)(4)); a matter is admitted unless answered or objected to in time (FRCP 36(a)(3)).
 */
export function lateResponseFlags(kind: DiscoveryKindName, anyObjections: boolean): LateResponseFlag[] {
  if (kind === 'INTERROGATORIES' && anyObjections) {
    return [
      {
        rule: 'FRCP 33(b)(4)',
        message:
          'Served late: objections not made in time are waived unless the court, for good cause, excuses the failure.',
      },
    ];
  }
  if (kind === 'ADMISSIONS') {
    return [
      {
        rule: 'FRCP 36(a)(3)',
        message:
          'Served late: the matters may be deemed admitted because no answer or objection was served within 30 days; the court may permit withdrawal (FRCP 36(b)).',
      },
    ];
  }
  return [];
}

/**
 * N.D. Cal. Civil L.R. 37-3: discovery requests that call for responses after the discovery cut-off
 * are not enforceable, except by order of the court for good cause. Flagged when served, not refused.
 */
export const AFTER_CUTOFF_FLAG: LateResponseFlag = {
  rule: 'Civil L.R. 37-3',
  message:
    'Responses fall due after the discovery cut-off: these requests are not enforceable without a court order, and a dispute over them needs that order.',
};
