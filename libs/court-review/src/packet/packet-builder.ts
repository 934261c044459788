import { Injectable } from '@nestjs/common';
import { CaseDirectory } from '@parley/cases';
import { DisputeFacts, DisputeRecords } from '@parley/conferral';
import { CourtModel } from '@parley/courts';
import { AnswerFacts, captionOf, DiscoveryKind, DiscoveryReader } from '@parley/discovery';
import { ConferralAssessment } from '@parley/rules';
import { EntityManager } from 'typeorm';
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

function responseText(kind: DiscoveryKind, answer: AnswerFacts | undefined): string | null {
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
  constructor(
    private readonly directory: CaseDirectory,
    private readonly disputes: DisputeRecords,
    private readonly discovery: DiscoveryReader,
  ) {}

  async build(
    manager: EntityManager,
    input: {
      dispute: DisputeFacts;
      court: CourtModel;
      escalatingPartyId: string;
      assessment: Extract<ConferralAssessment, { qualifies: true }>;
    },
  ): Promise<EscalationPacket> {
    const { dispute, court, escalatingPartyId, assessment } = input;
    // One after another: the manager is the escalation's transaction, a single connection.
    const theCase = await this.directory.getCase(dispute.caseId, manager);
    const parties = (await this.directory.parties(dispute.caseId, manager)).filter((p) =>
      [dispute.requestingPartyId, dispute.respondingPartyId].includes(p.id),
    );
    const record = await this.disputes.record(manager, dispute.id);
    const items = await this.discovery.items(await this.disputes.itemIds(manager, dispute.id), manager);
    const answers = await this.discovery.latestAnswers(
      items.map((i) => i.id),
      manager,
    );
    const name = (partyId: string) => parties.find((p) => p.id === partyId)?.name ?? '';

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
          const answer = answers.get(item.id);
          return {
            number: item.number,
            kind: item.set.kind,
            setTitle: item.set.title,
            text: item.text,
            response: responseText(item.set.kind, answer),
            objections: answer?.objections ?? [],
          };
        })
        .sort((a, b) => a.setTitle.localeCompare(b.setTitle) || a.number - b.number),
      conferrals: record.events.map((e) => ({
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
      requests: record.requests.map((r) => ({
        mode: r.mode,
        requestedAt: r.requestedAt.toISOString(),
        from: name(r.fromPartyId),
        message: r.message,
        status: r.status,
      })),
      conferralBasis: { basis: assessment.basis, rule: assessment.rule, explanation: assessment.explanation },
      certifications: record.certifications.map((c) => ({
        party: name(c.partyId),
        statement: c.statement,
        signature: c.signature,
        signedBy: c.signedByName,
        signedAt: c.signedAt.toISOString(),
      })),
    };
  }
}
