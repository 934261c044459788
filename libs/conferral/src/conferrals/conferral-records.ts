import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { ConferralRecord } from '@parley/rules';
import { ConferralEventKind, ConfirmationStatus } from '../conferral-enums';
import { ConferralEventEntity } from './conferral-event.entity';
import { ConferralRequestEntity } from './conferral-request.entity';

/** The records as the conferral policy of libs/rules weighs them. */
export function toPolicyRecords(
  dispute: { requestingPartyId: string },
  requests: readonly ConferralRequestEntity[],
  events: readonly ConferralEventEntity[],
): ConferralRecord[] {
  const side = (partyId: string) => (partyId === dispute.requestingPartyId ? 'REQUESTING' : 'RESPONDING');
  return [
    ...requests.map((r): ConferralRecord => ({
      kind: 'REQUEST',
      id: r.id,
      mode: r.mode,
      at: r.requestedAt.toISOString(),
      from: side(r.fromPartyId),
      answeredAt: r.answeredAt?.toISOString() ?? null,
      // Requests recorded before answerBy was kept: ten days, the default of DOMAIN.md.
      answerBy: (r.answerBy ?? new Date(r.requestedAt.getTime() + 10 * 86_400_000)).toISOString(),
    })),
    ...events.map((e): ConferralRecord =>
      e.kind === ConferralEventKind.LETTER
        ? {
            kind: 'LETTER',
            id: e.id,
            mode: e.mode as 'LETTER' | 'EMAIL',
            at: e.heldAt.toISOString(),
            from: side(e.fromPartyId),
          }
        : {
            kind: 'CONFERENCE',
            id: e.id,
            mode: e.mode,
            at: e.heldAt.toISOString(),
            contested: e.confirmation === ConfirmationStatus.CONTESTED,
          },
    ),
  ];
}

/**
 * SHA-256 over what a certification relies on: each record's content and whether it still stands
 * (a request answered, a conference contested). A confirmation only strengthens a record, so it is
 * left out; anything else that changes makes the certification stale.
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
    })),
  ].sort((a, b) => a.id.localeCompare(b.id));
  return createHash('sha256')
    .update(canonicalize(content) as string)
    .digest('hex');
}
