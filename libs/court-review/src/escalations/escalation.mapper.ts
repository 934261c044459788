import { packetCaption } from '../packet/escalation-packet';
import { escalationState } from './escalation-state';
import { EscalationEntity } from './escalation.entity';
import { PacketAttempt } from '../packet/escalation-packet';
import { EscalationAttemptModel, EscalationModel, EscalationPartyModel } from './escalation.model';
import { EscalationPosition, EscalationRuling } from './escalation-parts';

/** Packets fixed before issue 12 keep only the stored confirmation. */
const STANDING: Record<string, string> = {
  PENDING: 'UNCONFIRMED',
  CONFIRMED: 'CONFIRMED',
  CONTESTED: 'CONTESTED',
  NOT_NEEDED: 'CONFIRMED',
};

const toAttempt = (a: PacketAttempt | null | undefined): EscalationAttemptModel | null =>
  a ? { by: a.by, at: new Date(a.at), how: a.how, otherSide: a.otherSide, contested: a.contested } : null;

/** Builds what the court and the parties see of an escalation, from its packet, positions and ruling only. */
export function toEscalationModel(
  escalation: EscalationEntity,
  positions: readonly EscalationPosition[],
  ruling: EscalationRuling | null,
  now: Date,
): EscalationModel {
  const { packet } = escalation;
  const caption = packetCaption(packet);
  const party = (id: string): EscalationPartyModel => {
    const found = packet.parties.find((p) => p.id === id);
    return { id, name: found?.name ?? '', side: found?.side ?? '' };
  };
  const state = escalationState(
    escalation,
    positions.some((p) => p.partyId === escalation.otherPartyId),
    now,
  );
  return {
    id: escalation.id,
    disputeId: escalation.disputeId,
    status: state.status,
    escalatedAt: escalation.escalatedAt,
    submittedAt:
      escalation.submittedAt ?? (state.otherSideResponded === false ? escalation.positionWindowEndsAt : null),
    caption: caption.caseTitle,
    court: caption.court,
    docketNumber: caption.caseNumber,
    judge: caption.judge,
    parties: packet.parties.map((p) => party(p.id)),
    escalatingParty: party(escalation.escalatingPartyId),
    items: packet.items.map((i) => ({ ...i, dueAfterCutoff: i.dueAfterCutoff ?? false })),
    privilegeLogEntries: packet.privilegeLogEntries ?? [],
    conferrals: packet.conferrals.map((c) => ({
      ...c,
      heldAt: new Date(c.heldAt),
      standing: c.standing ?? STANDING[c.confirmation] ?? 'UNCONFIRMED',
      contestReason: c.contestReason ?? null,
      counts: c.counts ?? true,
    })),
    requests: packet.requests.map((r) => ({
      mode: r.mode,
      requestedAt: new Date(r.requestedAt),
      from: r.from,
      message: r.message,
      status: r.status,
      answerByOn: r.answerByOn ?? null,
      answeredAt: r.answeredAt ? new Date(r.answeredAt) : null,
      answeredLate: r.answeredLate ?? false,
      answerTimes: (r.answerTimes ?? []).map((t) => new Date(t)),
      noShow: r.noShow
        ? {
            scheduledFor: new Date(r.noShow.scheduledFor),
            recordedAt: new Date(r.noShow.recordedAt),
            note: r.noShow.note,
            standing: r.noShow.standing,
            contestReason: r.noShow.contestReason,
          }
        : null,
      attempt: toAttempt(r.attempt),
      counts: r.counts ?? true,
    })),
    conferralBasis: {
      basis: packet.conferralBasis.basis,
      rule: packet.conferralBasis.rule,
      explanation: packet.conferralBasis.explanation,
      movant: packet.conferralBasis.movant ?? null,
      attempt: toAttempt(packet.conferralBasis.attempt),
      returnedToConferAt: packet.conferralBasis.returnedToConferAt
        ? new Date(packet.conferralBasis.returnedToConferAt)
        : null,
    },
    certifications: packet.certifications.map((c) => ({
      party: c.party,
      statement: c.statement,
      signature: c.signature,
      signedBy: c.signedBy,
      signedAt: new Date(c.signedAt),
      stands: c.stands ?? null,
    })),
    positionDueOn: escalation.positionDueOn,
    otherSideResponded: state.otherSideResponded,
    positions: [...positions]
      .sort((a, b) =>
        a.partyId === escalation.escalatingPartyId ? -1 : b.partyId === escalation.escalatingPartyId ? 1 : 0,
      )
      .map((p) => ({
        party: party(p.partyId),
        text: p.text,
        compromise: p.compromise,
        submittedAt: p.submittedAt,
      })),
    ruling: ruling
      ? {
          id: ruling.id,
          outcome: ruling.outcome,
          orderText: ruling.orderText,
          complianceDays: ruling.complianceDays,
          complianceDueOn: ruling.complianceDueOn,
          orderedParty: ruling.orderedPartyId ? party(ruling.orderedPartyId) : null,
          ruledBy: ruling.ruledByName,
          ruledAt: ruling.ruledAt,
        }
      : null,
  };
}
