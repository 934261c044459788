import { packetCaption } from '../packet/escalation-packet';
import { RulingEntity } from '../rulings/ruling.entity';
import { escalationState } from './escalation-state';
import { EscalationEntity } from './escalation.entity';
import { EscalationModel, EscalationPartyModel } from './escalation.model';
import { PositionEntity } from './position.entity';

/** Builds what the court and the parties see of an escalation, from its packet, positions and ruling only. */
export function toEscalationModel(
  escalation: EscalationEntity,
  positions: readonly PositionEntity[],
  ruling: RulingEntity | null,
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
    items: packet.items,
    conferrals: packet.conferrals.map((c) => ({ ...c, heldAt: new Date(c.heldAt) })),
    conferralBasis: packet.conferralBasis,
    certifications: packet.certifications.map((c) => ({ ...c, signedAt: new Date(c.signedAt) })),
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
