import { CertificationEntity } from './certifications/certification.entity';
import { ConferralEventEntity } from './conferrals/conferral-event.entity';
import { ConferralRequestEntity } from './conferrals/conferral-request.entity';
import { DisputeItemEntity } from './disputes/dispute-item.entity';
import { DisputeEntity } from './disputes/dispute.entity';
import { ConferralPolicyEntity } from './policy/conferral-policy.entity';

export * from './certifications/certification.entity';
export * from './certifications/certification.model';
export * from './certifications/certifications.service';
export * from './conferral-enums';
export * from './conferral.loader';
export * from './conferral.module';
export * from './conferrals/conferral-assessor';
export * from './conferrals/conferral-event.entity';
export * from './conferrals/conferral-request.entity';
export * from './conferrals/conferral.models';
export * from './disputes/dispute-access';
export * from './disputes/dispute-item.entity';
export * from './disputes/dispute.entity';
export * from './disputes/dispute.model';

export const CONFERRAL_ENTITIES = [
  DisputeEntity,
  DisputeItemEntity,
  ConferralRequestEntity,
  ConferralEventEntity,
  CertificationEntity,
  ConferralPolicyEntity,
];
