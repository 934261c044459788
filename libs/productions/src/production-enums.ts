import { registerEnumType } from '@nestjs/graphql';

export enum ProductionStatus {
  /** Being put together: its producing party's alone, numbered only as a preview. */
  DRAFT = 'DRAFT',
  /** Served on the receiving party: numbered, stamped, packed, and never changed again. */
  SERVED = 'SERVED',
}

/** The protective order's tiers, stamped on every page and carried in the load file. */
export enum Confidentiality {
  NONE = 'NONE',
  CONFIDENTIAL = 'CONFIDENTIAL',
  HIGHLY_CONFIDENTIAL = 'HIGHLY_CONFIDENTIAL',
}

/** The words stamped on a page for each tier (null: nothing stamped). */
export const DESIGNATION_WORDS: Record<Confidentiality, string | null> = {
  NONE: null,
  CONFIDENTIAL: 'CONFIDENTIAL',
  HIGHLY_CONFIDENTIAL: 'HIGHLY CONFIDENTIAL - ATTORNEYS’ EYES ONLY',
};

/** FRCP 26(b)(5)(A)(i): the privilege or protection claimed. */
export enum Privilege {
  ATTORNEY_CLIENT = 'ATTORNEY_CLIENT',
  WORK_PRODUCT = 'WORK_PRODUCT',
  /** Another privilege or protection, named with its basis. */
  OTHER = 'OTHER',
}

export const PRIVILEGE_WORDS: Record<Privilege, string> = {
  ATTORNEY_CLIENT: 'Attorney-client privilege',
  WORK_PRODUCT: 'Work product (FRCP 26(b)(3))',
  OTHER: 'Other',
};

/** What the receiving party did with clawed-back material (FRCP 26(b)(5)(B)). */
export enum ClawbackOutcome {
  SEQUESTERED = 'SEQUESTERED',
  RETURNED = 'RETURNED',
  DESTROYED = 'DESTROYED',
  /** It sequesters the material and presents the claim to the court (FRCP 26(b)(5)(B)). */
  CHALLENGED = 'CHALLENGED',
}

registerEnumType(ProductionStatus, { name: 'ProductionStatus' });
registerEnumType(Confidentiality, {
  name: 'Confidentiality',
  description:
    'The designation under the protective order, stamped on each page: NONE, CONFIDENTIAL, HIGHLY_CONFIDENTIAL (attorneys’ eyes only).',
});
registerEnumType(Privilege, {
  name: 'Privilege',
  description:
    'FRCP 26(b)(5)(A): ATTORNEY_CLIENT, WORK_PRODUCT (FRCP 26(b)(3)), or OTHER with its basis stated.',
});
registerEnumType(ClawbackOutcome, {
  name: 'ClawbackOutcome',
  description:
    'FRCP 26(b)(5)(B): the receiving party must promptly SEQUESTER, RETURN or DESTROY the material, and may CHALLENGE the claim (sequestering it meanwhile).',
});
