import { ACCOUNTS_ENTITIES } from '@parley/accounts';
import { AUDIT_ENTITIES } from '@parley/audit';
import { CASES_ENTITIES } from '@parley/cases';
import { CONFERRAL_ENTITIES } from '@parley/conferral';
import { COURT_REVIEW_ENTITIES } from '@parley/court-review';
import { COURTS_ENTITIES } from '@parley/courts';
import { DEADLINES_ENTITIES } from '@parley/deadlines';
import { DISCOVERY_ENTITIES } from '@parley/discovery';
import { DOCUMENTS_ENTITIES } from '@parley/documents';
import { MAILINGS_ENTITIES } from '@parley/mailings';
import { NOTIFICATIONS_ENTITIES } from '@parley/notifications';
import { PLATFORM_ENTITIES } from '@parley/platform';
import { PRODUCTIONS_ENTITIES } from '@parley/productions';

/** Every table Parley maps: what the migrations are generated from and every process connects with. */
export const ALL_ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...COURTS_ENTITIES,
  ...ACCOUNTS_ENTITIES,
  ...AUDIT_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...CASES_ENTITIES,
  ...DEADLINES_ENTITIES,
  ...DISCOVERY_ENTITIES,
  ...CONFERRAL_ENTITIES,
  ...COURT_REVIEW_ENTITIES,
  ...DOCUMENTS_ENTITIES,
  ...MAILINGS_ENTITIES,
  ...PRODUCTIONS_ENTITIES,
];
