import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator } from '@parley/deadlines';
import { mailedDays, ScanAttachments } from '@parley/documents';
import { BadInputError, Clock, ConflictError, Grant } from '@parley/platform';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { ConferralEventKind, ConferralMode, ConfirmationStatus } from '../conferral-enums';
import { LetterRecorded } from '../conferral-events';
import { disputeParties, otherSide, requireConferring } from '../disputes/dispute-state';
import { DisputeEntity } from '../disputes/dispute.entity';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { RecordLetterInput } from '../conferrals/conferral.inputs';
import { ConferralEventModel, toConferralEventModel } from '../conferrals/conferral.models';

/**
 * Letters that came by mail from a party not on Parley, entered by the other side from their scans: a
 * letter exchange with a prisoner (which a case may accept as conferral) is mostly these.
 */
@Injectable()
export class LettersByMailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly scans: ScanAttachments,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: conferral.record-letter on the dispute, held by any member of either side. */
  record(grant: Grant<'requesting' | 'responding'>, input: RecordLetterInput): Promise<ConferralEventModel> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const dispute = await manager.findOneOrFail(DisputeEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      requireConferring(dispute);
      const mine = grant.party.id;
      // Your side's letters are sent with sendLetter, never entered as if they had been mailed.
      if (input.fromPartyId.toLowerCase() !== otherSide(dispute, mine)) {
        throw new BadInputError(
          'fromPartyId must be the other side of this dispute: your own letters are sent with sendLetter.',
        );
      }
      const sender = await this.directory.party(otherSide(dispute, mine), manager);
      if (!sender) throw new BadInputError('fromPartyId is not a party of this case.');
      const members = await this.directory.members(dispute.caseId, manager);
      if (members.some((m) => m.partyId === sender.id)) {
        throw new ConflictError(
          `${sender.name} is on Parley and sends its own letters there; only a letter from a party not on Parley is entered from the mail.`,
        );
      }
      const court = await this.courts.get(
        (await this.directory.getCase(dispute.caseId, manager)).courtId,
        manager,
      );
      const days = mailedDays(sender, input.sentOn, input.receivedOn, this.calculator.courtDay(court, now));
      const scan = await this.scans.attach(manager, {
        documentId: input.documentId,
        caseId: dispute.caseId,
        actor: grant.actor,
        at: now,
      });
      const event = await manager.save(
        manager.create(ConferralEventEntity, {
          disputeId: dispute.id,
          kind: ConferralEventKind.LETTER,
          mode: ConferralMode.LETTER,
          // A letter's day is what it counts by; noon keeps it on that day in the court's zone.
          heldAt: DateTime.fromISO(days.mailedOn, { zone: court.timeZone }).set({ hour: 12 }).toJSDate(),
          recordedAt: now,
          durationMinutes: null,
          participants: [],
          leadCounselParticipated: null,
          summary: input.body,
          agreed: null,
          stillDisputed: null,
          fromPartyId: sender.id,
          recordedById: grant.actor.userId,
          confirmation: ConfirmationStatus.NOT_NEEDED,
          paper: null,
          // The paper is the scan: its bytes are what was sent.
          paperSha256: scan.sha256,
          receivedOn: days.receivedOn,
          scanDocumentId: scan.id,
        }),
      );
      await this.events.publish(manager, LetterRecorded, {
        caseId: dispute.caseId,
        actorId: grant.actor.userId,
        subjectId: event.id,
        data: {
          ...disputeParties(dispute),
          byPartyId: sender.id,
          sentOn: days.mailedOn,
          receivedOn: days.receivedOn,
          body: input.body,
          scan: { documentId: scan.id, sha256: scan.sha256 },
        },
      });
      return toConferralEventModel(event);
    });
  }
}
