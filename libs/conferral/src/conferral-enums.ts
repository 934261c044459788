import { registerEnumType } from '@nestjs/graphql';

export enum DisputeStatus {
  CONFERRING = 'CONFERRING',
  RESOLVED = 'RESOLVED',
  WITHDRAWN = 'WITHDRAWN',
  ESCALATED = 'ESCALATED',
  RULED = 'RULED',
}

export enum ConferralMode {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
  TELEPHONE = 'TELEPHONE',
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
}

export enum ConferralEventKind {
  /** A conference held: in person, by video or by telephone (or recorded in another mode). */
  CONFERENCE = 'CONFERENCE',
  /** A letter or email sent through Parley: both parties keep its copy. */
  LETTER = 'LETTER',
}

export enum ConfirmationStatus {
  /** The other side has not yet confirmed or contested the record. */
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  CONTESTED = 'CONTESTED',
  /** Letters need no confirmation: Parley delivered them. */
  NOT_NEEDED = 'NOT_NEEDED',
}

export enum ConferralRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  COUNTERED = 'COUNTERED',
  DECLINED = 'DECLINED',
}

export enum ConferralAnswer {
  ACCEPT = 'ACCEPT',
  COUNTER = 'COUNTER',
  DECLINE = 'DECLINE',
}

registerEnumType(DisputeStatus, { name: 'DisputeStatus' });
registerEnumType(ConferralMode, {
  name: 'ConferralMode',
  description:
    'IN_PERSON, VIDEO and TELEPHONE are direct dialogue (N.D. Cal. Civil L.R. 1-5(n)); LETTER and EMAIL are not, alone.',
});
registerEnumType(ConferralEventKind, { name: 'ConferralEventKind' });
registerEnumType(ConfirmationStatus, { name: 'ConfirmationStatus' });
registerEnumType(ConferralRequestStatus, { name: 'ConferralRequestStatus' });
registerEnumType(ConferralAnswer, { name: 'ConferralAnswer' });
