import { Injectable } from '@nestjs/common';
import { CaseDirectory, PaperPeople } from '@parley/cases';
import { DisputeFacts, DisputeRecords } from '@parley/conferral';
import { CourtModel } from '@parley/courts';
import { DiscoveryReader, responseText } from '@parley/discovery';
import { ConferralAssessment } from '@parley/rules';
import { EntityManager } from 'typeorm';
import { EscalationPacket } from './escalation-packet';

/** Assembles the packet the court receives, from the dispute as it stands at escalation. */
@Injectable()
export class PacketBuilder {
  constructor(
    private readonly directory: CaseDirectory,
    private readonly disputes: DisputeRecords,
    private readonly discovery: DiscoveryReader,
    private readonly people: PaperPeople,
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
      caption: await this.people.caption(manager, theCase, court),
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
            // The objections are set out on their own, after the response (Civil L.R. 37-2).
            response: answer ? responseText(item.set.kind, { ...answer, objections: [] }) || null : null,
            objections: answer?.objections ?? [],
            unverified: answer?.unverified ?? false,
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
        contestReason: e.contestReason,
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
