import { BatesCounterEntity } from './productions/bates-counter.entity';
import { ClawbackEntity } from './clawbacks/clawback.entity';
import { PrivilegeLogEntryEntity } from './privilege-log/privilege-log-entry.entity';
import { PrivilegeLogEntity } from './privilege-log/privilege-log.entity';
import { ProductionDocumentEntity } from './productions/production-document.entity';
import { ProductionItemEntity } from './productions/production-item.entity';
import { ProductionEntity } from './productions/production.entity';

export * from './production-enums';

/** For the schema project's DataSource only; other libs ask this lib's services, never these. */
export const PRODUCTIONS_ENTITIES = [
  ProductionEntity,
  ProductionDocumentEntity,
  ProductionItemEntity,
  BatesCounterEntity,
  PrivilegeLogEntity,
  PrivilegeLogEntryEntity,
  ClawbackEntity,
];
export * from './production-capabilities';
export * from './productions.module';
export * from './privilege-log/privilege-log-reader';
export * from './privilege-log/privilege-log.model';
export { privilegeWords } from './privilege-log/privilege-log-paper';
export { sentence } from './privilege-log/privilege-log-paper';
