import { registerEnumType } from '@nestjs/graphql';

export enum DiscoveryKind {
  INTERROGATORIES = 'INTERROGATORIES',
  PRODUCTION = 'PRODUCTION',
  ADMISSIONS = 'ADMISSIONS',
}

export enum SetStatus {
  DRAFT = 'DRAFT',
  SERVED = 'SERVED',
  RESPONDED = 'RESPONDED',
  OVERDUE = 'OVERDUE',
  WITHDRAWN = 'WITHDRAWN',
}

export enum AdmissionAnswer {
  ADMIT = 'ADMIT',
  DENY = 'DENY',
  CANNOT_ADMIT_OR_DENY = 'CANNOT_ADMIT_OR_DENY',
}

export enum ProductionAnswer {
  WILL_PRODUCE = 'WILL_PRODUCE',
  PRODUCING_WITH_WITHHOLDING = 'PRODUCING_WITH_WITHHOLDING',
  /** Every responsive document withheld on the objections stated (FRCP 34(b)(2)(C)). */
  WITHHOLDING_ALL = 'WITHHOLDING_ALL',
  NONE_EXIST = 'NONE_EXIST',
}

registerEnumType(DiscoveryKind, {
  name: 'DiscoveryKind',
  description: 'INTERROGATORIES (FRCP 33), PRODUCTION requests (FRCP 34), ADMISSIONS requests (FRCP 36).',
});
registerEnumType(SetStatus, { name: 'SetStatus' });
registerEnumType(AdmissionAnswer, {
  name: 'AdmissionAnswer',
  description: 'FRCP 36(a)(4): admit, specifically deny, or explain in detail why it cannot admit or deny.',
});
registerEnumType(ProductionAnswer, {
  name: 'ProductionAnswer',
  description:
    'FRCP 34(b)(2)(B)-(C): will produce (nothing withheld), producing while withholding material on an objection, withholding every responsive document on the objections stated, or no responsive material exists. Withholding needs an objection.',
});

/** Days to respond to a served set (FRCP 33(b)(2), 34(b)(2)(A), 36(a)(3)). */
export const RESPONSE_DAYS = 30;

/** The rule that sets the response period for each kind. */
export const RESPONSE_RULE: Record<DiscoveryKind, string> = {
  INTERROGATORIES: 'FRCP 33(b)(2)',
  PRODUCTION: 'FRCP 34(b)(2)(A)',
  ADMISSIONS: 'FRCP 36(a)(3)',
};

export const KIND_TITLE: Record<DiscoveryKind, string> = {
  INTERROGATORIES: 'Interrogatories',
  PRODUCTION: 'Requests for Production',
  ADMISSIONS: 'Requests for Admission',
};
