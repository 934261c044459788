import { MailingEntity } from './mailings/mailing.entity';

export * from './mailing-capabilities';
export * from './mailing-enums';
export * from './mailings.module';
export * from './mailings/mailed-papers';
export * from './mailings/mailing.model';
export * from './mailings/mailings.service';
export * from './packet/cover-facts';

/** For the schema project's DataSource only. */
export const MAILINGS_ENTITIES = [MailingEntity];
export * from './mailings/recipients';
