import { Injectable } from '@nestjs/common';
import { CaseDirectory, PaperPeople } from '@parley/cases';
import { privilegeWords, PrivilegeLogReader } from '@parley/productions';
import { DisputeFacts, DisputeRecords } from '@parley/conferral';
import { CourtModel } from '@parley/courts';
import { DiscoveryReader, responseText } from '@parley/discovery';
import { AttemptFinding, ConferralAssessment } from '@parley/rules';
import { EntityManager } from 'typeorm';
import { EscalationPacket, PacketAttempt, RecordStanding } from './escalation-packet';

const STANDING: Record<string, RecordStanding> = {
  PENDING: 'UNCONFIRMED',
  CONFIRMED: 'CONFIRMED',
  CONTESTED: 'CONTESTED',
  // Letters went through Parley: nobody need confirm them.
  NOT_NEEDED: 'CONFIRMED',
};

/** Assembles the packet the court receives, from the dispute as it stands at escalation. */
@Injectable()
export class PacketBuilder {
  constructor(
    private readonly directory: CaseDirectory,
    private readonly disputes: DisputeRecords,
    private readonly discovery: DiscoveryReader,
    private readonly people: PaperPeople,
    private readonly privilegeLogs: PrivilegeLogReader,
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
    const record = await this.disputes.record(manager, dispute);
    const items = await this.discovery.items(await this.disputes.itemIds(manager, dispute.id), manager);
    const answers = await this.discovery.latestAnswers(
      items.map((i) => i.id),
      manager,
    );
    const entries = await this.privilegeLogs.entries(
      await this.disputes.privilegeEntryIds(manager, dispute.id),
      manager,
    );
    const name = (partyId: string) => parties.find((p) => p.id === partyId)?.name ?? '';
    const sideName = (side: string) =>
      name(side === 'REQUESTING' ? dispute.requestingPartyId : dispute.respondingPartyId);
    const toAttempt = (a: AttemptFinding): PacketAttempt => ({
      requestId: a.requestId,
      by: sideName(a.by),
      at: a.at,
      how: a.how,
      otherSide: a.otherSide,
      contested: a.contested,
    });
    // Before the court's latest return to confer, records are history: they no longer count.
    const countFrom = new Date(assessment.countFrom).getTime();
    const noShows = new Map(record.events.filter((e) => e.kind === 'NO_SHOW').map((e) => [e.requestId, e]));

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
            dueAfterCutoff: item.set.dueAfterCutoff,
          };
        })
        .sort((a, b) => a.setTitle.localeCompare(b.setTitle) || a.number - b.number),
      privilegeLogEntries: entries.map((e) => ({
        number: e.number as number,
        producingParty: name(e.producingPartyId),
        date: e.date,
        author: e.author,
        recipients: e.recipients,
        documentType: e.documentType,
        subject: e.subject,
        privilege: privilegeWords(e),
        batesRange: e.batesRange,
        requests: e.requests,
      })),
      conferrals: record.events
        .filter((e) => e.kind !== 'NO_SHOW')
        .map((e) => ({
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
          id: e.id,
          recordedAt: e.recordedAt.toISOString(),
          standing: STANDING[e.confirmation] ?? 'UNCONFIRMED',
          contestReason: e.contestReason,
          answeredAt: e.confirmation === 'PENDING' ? null : (e.confirmedAt?.toISOString() ?? null),
          counts: e.heldAt.getTime() >= countFrom,
        })),
      requests: record.requests.map((r) => {
        const noShow = noShows.get(r.id);
        const attempt = assessment.attempts.find((a) => a.requestId === r.id);
        return {
          mode: r.mode,
          requestedAt: r.requestedAt.toISOString(),
          from: name(r.fromPartyId),
          message: r.message,
          status: r.status,
          id: r.id,
          proposedTimes: r.proposedTimes.map((t) => t.toISOString()),
          answerByOn: r.answerByOn,
          answeredAt: r.answeredAt?.toISOString() ?? null,
          answeredLate: r.answeredLate,
          answerTimes: (r.acceptedTime ? [r.acceptedTime] : (r.counterTimes ?? [])).map((t) =>
            t.toISOString(),
          ),
          answerMessage: r.answerMessage,
          noShow: noShow
            ? {
                id: noShow.id,
                scheduledFor: noShow.heldAt.toISOString(),
                recordedAt: noShow.recordedAt.toISOString(),
                note: noShow.summary,
                standing: STANDING[noShow.confirmation] ?? 'UNCONFIRMED',
                contestReason: noShow.contestReason,
                answeredAt:
                  noShow.confirmation === 'PENDING' ? null : (noShow.confirmedAt?.toISOString() ?? null),
              }
            : null,
          attempt: attempt ? toAttempt(attempt) : null,
          counts: r.requestedAt.getTime() >= countFrom,
        };
      }),
      conferralBasis: {
        basis: assessment.basis,
        rule: assessment.rule,
        explanation: assessment.explanation,
        movant: name(escalatingPartyId),
        attempt: assessment.attempt ? toAttempt(assessment.attempt) : null,
        returnedToConferAt: dispute.returnedToConferAt?.toISOString() ?? null,
      },
      certifications: record.certifications.map((c) => ({
        party: name(c.partyId),
        statement: c.statement,
        signature: c.signature,
        signedBy: c.signedByName,
        signedAt: c.signedAt.toISOString(),
        recordIds: c.recordIds,
        stands: c.stands,
      })),
    };
  }
}
