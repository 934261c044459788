import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator } from '@parley/deadlines';
import { mailedDays, ScanAttachments } from '@parley/documents';
import { BadInputError, Clock, ConflictError, Grant } from '@parley/platform';
import { spokenDate } from '@parley/rules';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { ConferralEventKind, ConferralMode, ConfirmationStatus } from '../conferral-enums';
import { LetterRecorded } from '../conferral-events';
import { disputeParties, otherSide, requireConferring } from '../disputes/dispute-state';
import { DisputeEntity } from '../disputes/dispute.entity';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { MailedLetterInput, RecordLetterInput } from '../conferrals/conferral.inputs';
import { RecordDisputeLetterInput } from '../disputes/dispute.inputs';
import { DisputeModel } from '../disputes/dispute.model';
import { DisputesService } from '../disputes/disputes.service';
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
    private readonly disputes: DisputesService,
    private readonly clock: Clock,
  ) {}

  /** grant: dispute.record-letter on the dispute, held by any member of either side. */
  record(grant: Grant<'requesting' | 'responding'>, input: RecordLetterInput): Promise<ConferralEventModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await manager.findOneOrFail(DisputeEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      requireConferring(dispute);
      // Your side's letters are sent with sendLetter, never entered as if they had been mailed.
      if (input.fromPartyId.toLowerCase() !== otherSide(dispute, grant.party.id)) {
        throw new BadInputError(
          'fromPartyId must be the other side of this dispute: your own letters are sent with sendLetter.',
        );
      }
      return toConferralEventModel(await this.enter(manager, grant, dispute, input));
    });
  }

  /**
   * A letter by which a party not on Parley disputes the answers to requests it served: the dispute
   * opens on its behalf over the items the letter names, the letter its first conferral.
   * grant: dispute.open-by-letter on the first item, held by any member of the responding party.
   */
  openByLetter(
    grant: Grant<'serving' | 'responding'>,
    input: RecordDisputeLetterInput,
  ): Promise<DisputeModel> {
    if (input.fromPartyId.toLowerCase() !== grant.subject.parties.serving) {
      throw new BadInputError(
        'fromPartyId must be the party that served these requests: a dispute over answers is its to raise.',
      );
    }
    return this.disputes.open(grant, input, async (manager, dispute) => {
      await this.enter(manager, grant, dispute, input, { opening: true });
    });
  }

  private async enter(
    manager: EntityManager,
    grant: Grant,
    dispute: DisputeEntity,
    input: MailedLetterInput,
    { opening = false } = {},
  ): Promise<ConferralEventEntity> {
    const now = this.clock.now();
    const sender = await this.directory.party(otherSide(dispute, grant.party.id), manager);
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
    // FRCP 37(a)(1): conferral follows the answers it is about; a letter before them disputes nothing.
    const answersOn = this.calculator.courtDay(court, dispute.conferFrom);
    if (opening && days.mailedOn < answersOn) {
      throw new BadInputError(
        `The letter is dated ${spokenDate(days.mailedOn)}, before there were answers to dispute or their time had run (${spokenDate(answersOn)}): it cannot open a dispute over them.`,
      );
    }
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
    return event;
  }
}
