import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory, PaperPeople, PartyFacts } from '@parley/cases';
import { ConferralPolicyService, DisputeFacts, DisputeRecords, DisputeStatus } from '@parley/conferral';
import { CourtModel, CourtsService } from '@parley/courts';
import { DeadlineCalculator } from '@parley/deadlines';
import { DiscoveryReader, ItemFacts, SetStatus } from '@parley/discovery';
import { handSignature } from '@parley/documents';
import { Signer } from '@parley/papers';
import { BadInputError, Clock, ConflictError, Grant } from '@parley/platform';
import { escalationGate, spokenDate } from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';
import { EscalationStatus, PaperFilingKind, PaperFilingStatus } from '../court-review-enums';
import { PaperFilingAnswered } from '../court-review-events';
import { EscalationEntity } from '../escalations/escalation.entity';
import { DAYS_AFTER_CUTOFF } from '../escalations/escalations.service';
import { PositionEntity } from '../escalations/position.entity';
import { PacketBuilder } from '../packet/packet-builder';
import { FilingVerdict, PaperFilingEntity } from './paper-filing.entity';
import { LinkPaperFilingInput } from './paper-filing.inputs';
import { PaperFilingModel } from './paper-filing.model';
import { PaperFilingsService } from './paper-filings.service';
import { filedOn, NOT_CONFERRED } from './filing-days';
import { motionOrder } from './proposed-order';

/**
 * The other side's answer to a motion mailed to the court (issue 16): it links the motion to the
 * recorded requests it concerns, or says they were never served on it, and states its position. The
 * gate is then run for the filer as movant on the requests named; on a full record the motion goes
 * before the court as its dispute's escalation, like any other.
 */
@Injectable()
export class FilingResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly filings: PaperFilingsService,
    private readonly directory: CaseDirectory,
    private readonly people: PaperPeople,
    private readonly discovery: DiscoveryReader,
    private readonly disputes: DisputeRecords,
    private readonly policies: ConferralPolicyService,
    private readonly packets: PacketBuilder,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: paper-filing.answer, held by counsel or a pro se litigant of a party on the other side. */
  link(grant: Grant, input: LinkPaperFilingInput): Promise<PaperFilingModel> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const filing = await manager.findOneOrFail(PaperFilingEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      const parties = await this.directory.parties(filing.caseId, manager);
      const filer = parties.find((p) => p.id === filing.fromPartyId) as PartyFacts;
      if (filing.kind === PaperFilingKind.DISCOVERY_FILED_WITH_COURT) {
        throw new ConflictError('Discovery sent to the court is not a motion: there is nothing to answer.');
      }
      if (filing.status !== PaperFilingStatus.AWAITING_RESPONSE) {
        throw new ConflictError('This motion has been answered already, or the court has ruled on it.');
      }
      const court = await this.courts.getForComputation(filing.courtId, manager);
      const today = this.calculator.courtDay(court, now);
      if (filing.responseDueOn && today > filing.responseDueOn) {
        throw new ConflictError(
          `The time to answer this motion ended on ${spokenDate(filing.responseDueOn)}; the court decides it on the record.`,
        );
      }
      const itemIds = [...new Set(input.itemIds.map((id) => id.toLowerCase()))];
      const notServed = input.notServed ?? false;
      if (notServed === itemIds.length > 0) {
        throw new BadInputError(
          notServed
            ? 'With notServed, name no requests: the motion concerns requests never served on your party.'
            : 'Name the served requests the motion concerns (itemIds), or say they were never served (notServed).',
        );
      }
      const items = await this.servedItems(manager, filing, grant.party.id, itemIds);
      const theCase = await this.directory.getCase(filing.caseId, manager);
      const { verdict, dispute } = await this.judge(
        manager,
        filing,
        filer,
        court,
        theCase.discoveryCutoffOn,
        { respondentId: grant.party.id, items, notServed },
      );
      Object.assign(filing, {
        status: PaperFilingStatus.READY_FOR_ORDER,
        respondentPartyId: grant.party.id,
        respondedById: grant.actor.userId,
        respondedAt: now,
        notServed,
        position: input.position,
        itemIds,
        verdict,
        proposedOrder: motionOrder({
          kind: filing.kind,
          filer,
          lettersQualify: (await this.policies.effective(filing.caseId, manager)).lettersQualify,
          receivedOn: filing.receivedOn,
          mailedOn: filing.mailedOn,
          serveOn: [{ party: grant.party.name, servedOn: grant.party.name, address: null }],
          verdict,
        }),
      });
      if (verdict.open && dispute) {
        filing.escalationId = await this.beforeTheCourt(manager, filing, dispute, court, filer, grant, now);
      }
      await manager.save(filing);
      await this.events.publish(manager, PaperFilingAnswered, {
        caseId: filing.caseId,
        actorId: grant.actor.userId,
        subjectId: filing.id,
        before: { status: PaperFilingStatus.AWAITING_RESPONSE },
        data: {
          paperFilingId: filing.id,
          respondentPartyId: grant.party.id,
          itemIds,
          notServed,
          position: input.position,
          verdict,
          escalationId: filing.escalationId,
        },
        notify: { court: filing.courtId },
      });
      return this.filings.read(manager, filing.id);
    });
  }

  /** Served requests of the filer's, served on the answering party, in this case; anything else named. */
  private async servedItems(
    manager: EntityManager,
    filing: PaperFilingEntity,
    respondentId: string,
    itemIds: string[],
  ): Promise<ItemFacts[]> {
    if (!itemIds.length) return [];
    const items = await this.discovery.items(itemIds, manager);
    const fitting = new Set(
      items
        .filter(
          (i) =>
            i.set.caseId === filing.caseId &&
            i.set.servingPartyId === filing.fromPartyId &&
            i.set.respondingPartyId === respondentId &&
            i.set.status !== SetStatus.DRAFT &&
            i.set.status !== SetStatus.WITHDRAWN,
        )
        .map((i) => i.id),
    );
    const others = itemIds.filter((id) => !fitting.has(id));
    if (others.length) {
      throw new BadInputError(
        `These are not requests the filer served on your party in this case: ${others.join(', ')}. Name the served requests the motion concerns, or say they were never served (notServed).`,
      );
    }
    return items;
  }

  /**
   * The gate for the filer as movant on the requests named (FRCP 37(a)(1); Civil L.R. 37-1, 37-3):
   * served on the answering party, one open dispute of the filer's holding them all with qualifying
   * conferral, the paper's own certification, and the last day for a discovery motion counted to the
   * day it was mailed (Houston v. Lack).
   */
  private async judge(
    manager: EntityManager,
    filing: PaperFilingEntity,
    filer: PartyFacts,
    court: CourtModel,
    cutoff: string | null,
    answer: { respondentId: string; items: ItemFacts[]; notServed: boolean },
  ): Promise<{ verdict: FilingVerdict; dispute: DisputeFacts | null }> {
    const dispute = answer.items.length
      ? await this.disputeHolding(
          manager,
          filing,
          answer.respondentId,
          answer.items.map((i) => i.id),
        )
      : null;
    const conferralQualifies = dispute
      ? (await this.disputes.standing(manager, dispute, filing.fromPartyId)).conferral.qualifies
      : false;
    const decision = escalationGate({
      itemsServedBetweenParties: !answer.notServed,
      dueAfterCutoffWithoutOrder:
        answer.items.some((i) => i.set.dueAfterCutoff) &&
        !(await this.discovery.courtPermitsDiscoveryAfterCutoff(filing.caseId, manager)),
      conferralQualifies,
      conferralExplanation: answer.notServed
        ? 'The requests were never served, so there was nothing to confer about.'
        : NOT_CONFERRED,
      certification: filing.certificationPage ? 'PRESENT' : 'MISSING',
      certificationExplanation:
        'The motion does not certify that the parties met and conferred, or tried to, before asking the court (FRCP 37(a)(1); Civil L.R. 37-1(a)).',
      today: filedOn(filer, filing),
      lastDayToMove: cutoff
        ? this.calculator.compute(court, { triggeredOn: cutoff, days: DAYS_AFTER_CUTOFF, filing: true }).dueOn
        : null,
      disputeOpen: true,
    });
    const verdict: FilingVerdict = decision.open
      ? {
          open: true,
          missing: [],
          explanation:
            'The requests were served, the parties conferred in good faith as this case allows, and the motion so certifies: it is before the court on that record.',
        }
      : { open: false, missing: decision.elements, explanation: decision.message };
    return { verdict, dispute };
  }

  /** The filer's open dispute with the answering party holding every request named, if one does. */
  private async disputeHolding(
    manager: EntityManager,
    filing: PaperFilingEntity,
    respondentId: string,
    itemIds: string[],
  ): Promise<DisputeFacts | null> {
    const [row]: Array<{ id: string }> = await manager.query(
      `SELECT d.id FROM disputes d
        WHERE d.case_id = $1 AND d.requesting_party_id = $2 AND d.responding_party_id = $3 AND d.status = $4
          AND NOT EXISTS (SELECT 1 FROM unnest($5::uuid[]) AS wanted(item_id)
                           WHERE NOT EXISTS (SELECT 1 FROM dispute_items di
                                              WHERE di.dispute_id = d.id AND di.item_id = wanted.item_id))
        ORDER BY d.opened_at LIMIT 1`,
      [filing.caseId, filing.fromPartyId, respondentId, DisputeStatus.CONFERRING, itemIds],
    );
    if (!row) return null;
    // Held from here on; escalated, resolved or withdrawn meanwhile, it no longer holds the motion.
    const dispute = await this.disputes.lock(manager, row.id);
    return dispute.status === DisputeStatus.CONFERRING ? dispute : null;
  }

  /**
   * The motion before the court as its dispute's escalation, both parts in: the filer's paper (its
   * scan) and the answering side's position; the court reads, and rules, as on any other.
   */
  private async beforeTheCourt(
    manager: EntityManager,
    filing: PaperFilingEntity,
    dispute: DisputeFacts,
    court: CourtModel,
    filer: PartyFacts,
    grant: Grant,
    now: Date,
  ): Promise<string> {
    const { conferral } = await this.disputes.standing(manager, dispute, filer.id);
    if (!conferral.qualifies) throw new Error('unreachable: the gate passed without qualifying conferral');
    const packet = await this.packets.build(manager, {
      dispute,
      court,
      escalatingPartyId: filer.id,
      assessment: conferral,
    });
    const escalation = await manager.save(
      manager.create(EscalationEntity, {
        disputeId: dispute.id,
        caseId: dispute.caseId,
        courtId: court.id,
        escalatingPartyId: filer.id,
        otherPartyId: grant.party.id,
        status: EscalationStatus.SUBMITTED,
        escalatedAt: now,
        // The clerk who recorded his paper brought it; he has no account.
        escalatedById: filing.recordedById,
        positionDueOn: filing.responseDueOn ?? this.calculator.courtDay(court, now),
        positionWindowEndsAt: now,
        submittedAt: now,
        packet,
      }),
    );
    const handSigned: Signer = {
      name: filer.name,
      signature: handSignature(undefined, filer),
      proSe: filer.proSe,
      party: filer.name,
      side: filer.side,
      firm: null,
      barNumber: null,
      mailingAddress: filer.mailingAddress,
      telephone: null,
      email: null,
    };
    await manager.save([
      manager.create(PositionEntity, {
        escalationId: escalation.id,
        partyId: filer.id,
        text: `${filer.name}’s motion to compel, mailed to the court on ${spokenDate(filing.mailedOn)} and received on ${spokenDate(filing.receivedOn)}: the paper itself is the scan in the record.`,
        compromise: null,
        submittedById: filing.recordedById,
        submittedAt: filing.recordedAt,
        signer: handSigned,
      }),
      manager.create(PositionEntity, {
        escalationId: escalation.id,
        partyId: grant.party.id,
        text: filing.position as string,
        compromise: null,
        submittedById: grant.actor.userId,
        submittedAt: now,
        signer: await this.people.signer(manager, { userId: grant.actor.userId, partyId: grant.party.id }),
      }),
    ]);
    await this.disputes.markEscalated(manager, dispute.id, now);
    return escalation.id;
  }
}
