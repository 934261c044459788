import { registerEnumType } from '@nestjs/graphql';
import { SERVICE_METHODS, ServiceMethod as RuleServiceMethod } from '@parley/rules';

export enum DeadlineKind {
  /** Responses to a served discovery set (FRCP 33(b)(2), 34(b)(2)(A), 36(a)(3)). */
  RESPONSE_DUE = 'RESPONSE_DUE',
  /** The other side's time to answer a request to confer; unanswered after it, the request is an attempt. */
  CONFERRAL_WINDOW = 'CONFERRAL_WINDOW',
  /** Supplemental responses the parties agreed on in resolving a dispute. */
  AGREED_SUPPLEMENT = 'AGREED_SUPPLEMENT',
  /** The other side's part of a joint discovery letter (the court's position response days). */
  POSITION_DUE = 'POSITION_DUE',
  /** Compliance with the court's ruling on an escalated dispute. */
  COMPLIANCE = 'COMPLIANCE',
  /** The receiving party's answer to a clawback notice (FRCP 26(b)(5)(B): "promptly"). */
  CLAWBACK_ANSWER = 'CLAWBACK_ANSWER',
}

export enum DeadlineStatus {
  OPEN = 'OPEN',
  /** The party acted on time. */
  MET = 'MET',
  /** The party acted late, or not at all. */
  MISSED = 'MISSED',
  /** The paper it belonged to was withdrawn. */
  CANCELLED = 'CANCELLED',
}

/** FRCP 5(b)(2)'s means of service; the rules library decides what each adds under FRCP 6(d). */
export const ServiceMethod = Object.fromEntries(SERVICE_METHODS.map((m) => [m, m])) as {
  [M in RuleServiceMethod]: M;
};
export type ServiceMethod = RuleServiceMethod;

export enum CountDirection {
  AFTER = 'AFTER',
  BEFORE = 'BEFORE',
}

registerEnumType(DeadlineKind, { name: 'DeadlineKind' });
registerEnumType(DeadlineStatus, { name: 'DeadlineStatus' });
registerEnumType(ServiceMethod, {
  name: 'ServiceMethod',
  description:
    'FRCP 5(b)(2): ELECTRONIC (E, needs written consent), MAIL (C), HAND (A-B), LEFT_WITH_CLERK (D), OTHER_CONSENTED (F). MAIL, LEFT_WITH_CLERK and OTHER_CONSENTED add 3 days (FRCP 6(d)).',
});
registerEnumType(CountDirection, {
  name: 'CountDirection',
  description: 'AFTER an event (FRCP 6(a)(1)) or BEFORE it (FRCP 6(a)(5)).',
});
