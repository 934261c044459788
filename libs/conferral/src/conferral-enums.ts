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
  /**
   * The requester's record that the other side did not attend a time it accepted or offered: an
   * attempt to confer (FRCP 37(a)(1)), which the other side may confirm or contest.
   */
  NO_SHOW = 'NO_SHOW',
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

export enum ResolutionProposalStatus {
  /** The responding side proposed it; the moving side has not accepted it. */
  PROPOSED = 'PROPOSED',
  /** The moving side accepted it: the dispute is resolved on its terms. */
  ACCEPTED = 'ACCEPTED',
  /** A newer proposal, or the dispute closing or going to the court, set it aside. */
  SUPERSEDED = 'SUPERSEDED',
}

/** A side of a dispute, as the rules weigh who attempted to confer. */
export enum DisputeSide {
  /** The party that served the requests in dispute: the moving side. */
  REQUESTING = 'REQUESTING',
  RESPONDING = 'RESPONDING',
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
registerEnumType(ResolutionProposalStatus, { name: 'ResolutionProposalStatus' });
registerEnumType(DisputeSide, {
  name: 'DisputeSide',
  description:
    'REQUESTING: the party that served the requests in dispute (the moving side); RESPONDING: the party that answered them.',
});
