import { Injectable } from '@nestjs/common';
import { CaseEntity, PartyEntity } from '@parley/cases';
import {
  CertificationEntity,
  ConferralEventEntity,
  ConferralRequestEntity,
  DisputeEntity,
  DisputeItemEntity,
} from '@parley/conferral';
import { CourtModel } from '@parley/courts';
import {
  captionOf,
  DiscoveryItemEntity,
  DiscoveryKind,
  DiscoveryResponseEntity,
  DiscoverySetEntity,
  ResponseItemEntity,
} from '@parley/discovery';
import { ConferralAssessment } from '@parley/rules';
import { EntityManager, In } from 'typeorm';
import { EscalationPacket } from './escalation-packet';

const PRODUCTION_WORDS: Record<string, string> = {
  WILL_PRODUCE: 'Will produce; nothing is withheld.',
  PRODUCING_WITH_WITHHOLDING: 'Producing, while withholding material on the objections stated.',
  NONE_EXIST: 'No responsive documents exist.',
};
const ADMISSION_WORDS: Record<string, string> = {
  ADMIT: 'Admitted.',
  DENY: 'Denied.',
  CANNOT_ADMIT_OR_DENY: 'Cannot admit or deny.',
};

function responseText(kind: DiscoveryKind, answer: ResponseItemEntity | undefined): string | null {
  if (!answer) return null;
  const lead =
    kind === DiscoveryKind.PRODUCTION && answer.production
      ? PRODUCTION_WORDS[answer.production]
      : kind === DiscoveryKind.ADMISSIONS && answer.admission
        ? ADMISSION_WORDS[answer.admission]
        : null;
  const parts = [lead, answer.answer].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** Assembles the packet the court receives, from the dispute as it stands at escalation. */
@Injectable()
export class PacketBuilder {
  async build(
    manager: EntityManager,
    input: {
      dispute: DisputeEntity;
      court: CourtModel;
      escalatingPartyId: string;
      assessment: Extract<ConferralAssessment, { qualifies: true }>;
    },
  ): Promise<EscalationPacket> {
    const { dispute, court, escalatingPartyId, assessment } = input;
    // One after another: the manager is the escalation's transaction, a single connection.
    const theCase = await manager.findOneByOrFail(CaseEntity, { id: dispute.caseId });
    const parties = await manager.findBy(PartyEntity, {
      id: In([dispute.requestingPartyId, dispute.respondingPartyId]),
    });
    const disputeItems = await manager.findBy(DisputeItemEntity, { disputeId: dispute.id });
    const requests = await manager.find(ConferralRequestEntity, {
      where: { disputeId: dispute.id },
      order: { requestedAt: 'ASC' },
    });
    const events = await manager.find(ConferralEventEntity, {
      where: { disputeId: dispute.id },
      order: { heldAt: 'ASC' },
    });
    const certifications = await manager.find(CertificationEntity, {
      where: { disputeId: dispute.id },
      order: { signedAt: 'ASC' },
    });
    const name = (partyId: string) => parties.find((p) => p.id === partyId)?.name ?? '';
    const items = await manager.find(DiscoveryItemEntity, {
      where: { id: In(disputeItems.map((d) => d.itemId)) },
    });
    const sets = await manager.findBy(DiscoverySetEntity, {
      id: In([...new Set(items.map((i) => i.setId))]),
    });
    const responses = await manager.find(DiscoveryResponseEntity, {
      where: { setId: In(sets.map((s) => s.id)) },
      order: { version: 'ASC' },
    });
    const answers = responses.length
      ? await manager.findBy(ResponseItemEntity, {
          responseId: In(responses.map((r) => r.id)),
          itemId: In(items.map((i) => i.id)),
        })
      : [];
    const version = new Map(responses.map((r) => [r.id, r.version]));
    // The latest answer to each item: a supplement supersedes what it supplements (FRCP 26(e)).
    const latest = (itemId: string) =>
      answers
        .filter((a) => a.itemId === itemId)
        .sort((a, b) => (version.get(b.responseId) ?? 0) - (version.get(a.responseId) ?? 0))[0];

    return {
      caption: captionOf(court, theCase),
      parties: parties.map((p) => ({
        id: p.id,
        name: p.name,
        side: p.side,
        role: p.id === escalatingPartyId ? 'ESCALATING' : 'OTHER',
      })),
      items: items
        .map((item) => {
          const set = sets.find((s) => s.id === item.setId) as DiscoverySetEntity;
          const answer = latest(item.id);
          return {
            number: item.number,
            kind: set.kind,
            setTitle: set.title,
            text: item.text,
            response: responseText(set.kind, answer),
            objections: answer?.objections ?? [],
          };
        })
        .sort((a, b) => a.setTitle.localeCompare(b.setTitle) || a.number - b.number),
      conferrals: events.map((e) => ({
        kind: e.kind,
        mode: e.mode,
        heldAt: e.heldAt.toISOString(),
        durationMinutes: e.durationMinutes,
        participants: e.participants,
        leadCounselParticipated: e.leadCounselParticipated,
        summary: e.summary,
        agreed: e.agreed,
        stillDisputed: e.stillDisputed,
        from: name(e.fromPartyId),
        confirmation: e.confirmation,
      })),
      requests: requests.map((r) => ({
        mode: r.mode,
        requestedAt: r.requestedAt.toISOString(),
        from: name(r.fromPartyId),
        message: r.message,
        status: r.status,
      })),
      conferralBasis: { basis: assessment.basis, rule: assessment.rule, explanation: assessment.explanation },
      certifications: certifications.map((c) => ({
        party: name(c.partyId),
        statement: c.statement,
        signature: c.signature,
        signedBy: c.signedByName,
        signedAt: c.signedAt.toISOString(),
      })),
    };
  }
}
