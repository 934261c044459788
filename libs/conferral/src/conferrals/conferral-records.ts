import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import {
  CertificationRecord,
  ConferralRecord,
  RequestAnswer,
  RulingRecord,
  Side,
  Standing,
} from '@parley/rules';
import { CertificationEntity } from '../certifications/certification.entity';
import { ConferralEventKind, ConferralRequestStatus, ConfirmationStatus } from '../conferral-enums';
import { ConferralEventEntity } from './conferral-event.entity';
import { ConferralRequestEntity } from './conferral-request.entity';

/** What the rules read of a dispute itself. */
export interface DisputeFrame {
  requestingPartyId: string;
  conferFrom: Date;
  returnedToConferAt: Date | null;
}

const STANDING: Record<ConfirmationStatus, Standing> = {
  PENDING: 'UNCONFIRMED',
  CONFIRMED: 'CONFIRMED',
  CONTESTED: 'CONTESTED',
  // Letters need no confirmation: Parley delivered them.
  NOT_NEEDED: 'CONFIRMED',
};

const ANSWER_KIND: Partial<Record<ConferralRequestStatus, RequestAnswer['kind']>> = {
  ACCEPTED: 'ACCEPT',
  COUNTERED: 'COUNTER',
  DECLINED: 'DECLINE',
};

export function sideOf(dispute: { requestingPartyId: string }, partyId: string): Side {
  return partyId === dispute.requestingPartyId ? 'REQUESTING' : 'RESPONDING';
}

/** The court's returns to confer, as the rules read them: the latest is kept on the dispute. */
export function rulingsOf(dispute: DisputeFrame): RulingRecord[] {
  return dispute.returnedToConferAt
    ? [{ at: dispute.returnedToConferAt.toISOString(), outcome: 'RETURNED_TO_CONFER' }]
    : [];
}

const answered = (e: ConferralEventEntity) =>
  e.confirmation === ConfirmationStatus.PENDING ? null : (e.confirmedAt?.toISOString() ?? null);

/** The records as the conferral rules of libs/rules weigh them. */
export function toPolicyRecords(
  dispute: { requestingPartyId: string },
  requests: readonly ConferralRequestEntity[],
  events: readonly ConferralEventEntity[],
): ConferralRecord[] {
  const side = (partyId: string) => sideOf(dispute, partyId);
  const noShows = new Map(
    events.filter((e) => e.kind === ConferralEventKind.NO_SHOW && e.requestId).map((e) => [e.requestId, e]),
  );
  return [
    ...requests.map((r): ConferralRecord => {
      const kind = ANSWER_KIND[r.status];
      const noShow = noShows.get(r.id);
      return {
        kind: 'REQUEST',
        id: r.id,
        mode: r.mode,
        at: r.requestedAt.toISOString(),
        from: side(r.fromPartyId),
        // Requests recorded before answerBy was kept get the policy's days.
        answerBy: r.answerBy?.toISOString() ?? null,
        answer:
          kind && r.answeredAt
            ? {
                kind,
                at: r.answeredAt.toISOString(),
                times: (kind === 'ACCEPT'
                  ? [r.acceptedTime]
                  : kind === 'COUNTER'
                    ? (r.counterTimes ?? [])
                    : []
                )
                  .filter((t): t is Date => t !== null)
                  .map((t) => new Date(t).toISOString()),
              }
            : null,
        noShow: noShow
          ? {
              id: noShow.id,
              scheduledFor: noShow.heldAt.toISOString(),
              recordedAt: noShow.recordedAt.toISOString(),
              standing: STANDING[noShow.confirmation],
              contestReason: noShow.contestReason,
              answeredAt: answered(noShow),
            }
          : null,
      };
    }),
    ...events.flatMap((e): ConferralRecord[] => {
      if (e.kind === ConferralEventKind.NO_SHOW) return [];
      if (e.kind === ConferralEventKind.LETTER) {
        return [
          {
            kind: 'LETTER',
            id: e.id,
            mode: e.mode as 'LETTER' | 'EMAIL',
            at: e.heldAt.toISOString(),
            from: side(e.fromPartyId),
            recordedAt: e.recordedAt.toISOString(),
          },
        ];
      }
      return [
        {
          kind: 'CONFERENCE',
          id: e.id,
          mode: e.mode,
          at: e.heldAt.toISOString(),
          recordedAt: e.recordedAt.toISOString(),
          recordedBy: side(e.fromPartyId),
          standing: STANDING[e.confirmation],
          contestReason: e.contestReason,
          answeredAt: answered(e),
        },
      ];
    }),
  ];
}

/** Certifications as the rules judge them, each with whether its hash still matches its records. */
export function toCertificationRecords(
  dispute: { requestingPartyId: string },
  certifications: readonly CertificationEntity[],
  requests: readonly ConferralRequestEntity[],
  events: readonly ConferralEventEntity[],
): CertificationRecord[] {
  return certifications.map((c) => ({
    id: c.id,
    by: sideOf(dispute, c.partyId),
    at: c.signedAt.toISOString(),
    recordIds: c.recordIds,
    intact: recordsIntact(c, requests, events),
  }));
}

/** Whether the records a certification names are all there and hash as they did when it was signed. */
export function recordsIntact(
  certification: Pick<CertificationEntity, 'recordIds' | 'recordsSha256'>,
  requests: readonly ConferralRequestEntity[],
  events: readonly ConferralEventEntity[],
): boolean {
  const relied = new Set(certification.recordIds);
  const theirRequests = requests.filter((r) => relied.has(r.id));
  const theirEvents = events.filter((e) => relied.has(e.id));
  return (
    theirRequests.length + theirEvents.length === relied.size &&
    digestRecords(theirRequests, theirEvents) === certification.recordsSha256
  );
}

/**
 * SHA-256 over what a certification relies on: each record's content and whether it still stands
 * (a request answered, a conference or an absence contested). A confirmation only strengthens a
 * record, so it is left out; anything else that changes makes the certification stale.
 */
export function digestRecords(
  requests: readonly ConferralRequestEntity[],
  events: readonly ConferralEventEntity[],
): string {
  const content = [
    ...requests.map((r) => ({
      id: r.id,
      mode: r.mode,
      proposedTimes: r.proposedTimes.map((t) => new Date(t).toISOString()),
      message: r.message,
      requestedAt: r.requestedAt.toISOString(),
      fromPartyId: r.fromPartyId,
      answered: r.answeredAt !== null,
    })),
    ...events.map((e) => ({
      id: e.id,
      kind: e.kind,
      mode: e.mode,
      heldAt: e.heldAt.toISOString(),
      durationMinutes: e.durationMinutes,
      participants: e.participants,
      leadCounselParticipated: e.leadCounselParticipated,
      summary: e.summary,
      agreed: e.agreed,
      stillDisputed: e.stillDisputed,
      fromPartyId: e.fromPartyId,
      contested: e.confirmation === ConfirmationStatus.CONTESTED,
      // Absences name their request; older records hash as they always did.
      ...(e.requestId ? { requestId: e.requestId } : {}),
    })),
  ].sort((a, b) => a.id.localeCompare(b.id));
  return createHash('sha256')
    .update(canonicalize(content) as string)
    .digest('hex');
}
