import { DeadlineInputError } from './deadline-input.error';

/**
 * How a paper was served, by the paragraphs of FRCP 5(b)(2):
 * HAND: (A) handing it to the person or (B) leaving it at the person's office or dwelling;
 * MAIL: (C) mailing it; LEFT_WITH_CLERK: (D) leaving it with the court clerk;
 * ELECTRONIC: (E) the court's electronic-filing system or other consented electronic means;
 * OTHER_CONSENTED: (F) any other means the person consented to in writing.
 */
export type ServiceMethod = 'ELECTRONIC' | 'MAIL' | 'HAND' | 'LEFT_WITH_CLERK' | 'OTHER_CONSENTED';

interface MethodRule {
  /** Reads after "Served ": e.g. "by mail (FRCP 5(b)(2)(C))". */
  how: string;
  /** FRCP 6(d): 3 days for service under 5(b)(2)(C), (D) or (F); none for (A), (B) or (E). */
  addsThreeDays: boolean;
}

const METHODS: Readonly<Record<ServiceMethod, MethodRule>> = {
  MAIL: { how: 'by mail (FRCP 5(b)(2)(C))', addsThreeDays: true },
  LEFT_WITH_CLERK: { how: 'by leaving it with the court clerk (FRCP 5(b)(2)(D))', addsThreeDays: true },
  OTHER_CONSENTED: { how: 'by other means consented to in writing (FRCP 5(b)(2)(F))', addsThreeDays: true },
  // Electronic service stopped adding 3 days with the 2016 amendment of FRCP 6(d).
  ELECTRONIC: { how: 'electronically (FRCP 5(b)(2)(E))', addsThreeDays: false },
  HAND: { how: 'by hand delivery (FRCP 5(b)(2)(A)-(B))', addsThreeDays: false },
};

export const SERVICE_METHODS = Object.keys(METHODS) as ServiceMethod[];

/** The FRCP 6(d) treatment of a service method; throws DeadlineInputError for an unknown one. */
export function serviceMethodRule(method: unknown): MethodRule {
  if (typeof method === 'string' && Object.prototype.hasOwnProperty.call(METHODS, method)) {
    return METHODS[method as ServiceMethod];
  }
  throw new DeadlineInputError(
    `Unknown service method ${JSON.stringify(method) ?? 'undefined'}; use one of ${SERVICE_METHODS.join(', ')}.`,
  );
}
