import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseDirectory, PaperPeople } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { checkedPaperHash, paperFileName, PrintedPaper, renderPaper } from '@parley/papers';
import { Clock, ConflictError, Grant } from '@parley/platform';
import { courtDayOf } from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';
import { ConferralEventKind, ConferralMode } from '../conferral-enums';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { otherSide } from '../disputes/dispute-state';
import { DisputeEntity } from '../disputes/dispute.entity';
import { LetterPaperRecord, letterPaperDocument, requestLetterBody } from './letter-paper';
import { ConferralRequestEntity } from '../conferrals/conferral-request.entity';

interface LetterFacts {
  dispute: DisputeEntity;
  fromPartyId: string;
  senderId: string;
  mode: string;
  sentAt: Date;
  body: string;
}

/** Letters between the parties as papers: kept whole when sent, printed for either side. */
@Injectable()
export class LetterPapersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly people: PaperPeople,
    private readonly courts: CourtsService,
    private readonly clock: Clock,
  ) {}

  /** The letter as it is sent: the sender's block, the other side's addressees, the court's day. */
  async record(manager: EntityManager, letter: LetterFacts): Promise<LetterPaperRecord> {
    const { dispute } = letter;
    const theCase = await this.directory.getCase(dispute.caseId, manager);
    // Every read on the transaction's own connection, one at a time: a second connection would wait
    // on this transaction's locks, and the embedded PostgreSQL serves one session at a time.
    const court = await this.courts.get(theCase.courtId, manager);
    const caption = await this.people.caption(manager, theCase, court);
    const sender = await this.people.letterhead(manager, {
      userId: letter.senderId,
      partyId: letter.fromPartyId,
    });
    const to = await this.people.addressees(manager, otherSide(dispute, letter.fromPartyId));
    return {
      version: 1,
      caption,
      subject: dispute.summary,
      mode: letter.mode === 'EMAIL' ? 'EMAIL' : 'LETTER',
      sender,
      to,
      sentAt: letter.sentAt.toISOString(),
      sentOn: courtDayOf(letter.sentAt, court.timeZone),
      timeZone: court.timeZone,
      body: letter.body,
    };
  }

  /** grant: conferral-event.read. */
  print(grant: Grant): Promise<PrintedPaper> {
    return this.printed(grant.subject.id);
  }

  /** A letter's paper, for whoever already may have it (its reader, a mailing's packet). */
  async printed(id: string): Promise<PrintedPaper> {
    const event = await this.dataSource
      .getRepository(ConferralEventEntity)
      .createQueryBuilder('event')
      .addSelect('event.paper')
      .where('event.id = :id', { id })
      .getOneOrFail();
    if (event.kind !== ConferralEventKind.LETTER) {
      throw new ConflictError(
        'Only a letter prints as a paper; a conference’s record is in the dispute and in the joint letter’s record of conferral.',
      );
    }
    if (event.scanDocumentId) {
      throw new ConflictError(
        `This letter came by mail and was entered from its scan: the scan is the letter (GET /documents/${event.scanDocumentId}).`,
      );
    }
    const record = event.paper ?? (await this.rebuilt(event));
    const document = letterPaperDocument(
      record,
      event.paper
        ? { sha256: checkedPaperHash(event.paper, event.paperSha256, `letter ${event.id}`) }
        : { rebuiltOn: courtDayOf(this.clock.now(), record.timeZone) },
    );
    return {
      filename: paperFileName(record.caption.caseNumber, document.title),
      pdf: await renderPaper(document),
    };
  }

  /** A request to confer, printed as a letter for the mailing to a party not on Parley. */
  async printedRequest(requestId: string): Promise<PrintedPaper> {
    const manager = this.dataSource.manager;
    const request = await manager.findOneByOrFail(ConferralRequestEntity, { id: requestId });
    const dispute = await manager.findOneByOrFail(DisputeEntity, { id: request.disputeId });
    const theCase = await this.directory.getCase(dispute.caseId, manager);
    const court = await this.courts.get(theCase.courtId, manager);
    const record = await this.record(manager, {
      dispute,
      fromPartyId: request.fromPartyId,
      senderId: request.requestedById,
      mode: ConferralMode.LETTER,
      sentAt: request.requestedAt,
      body: requestLetterBody(request, court.timeZone),
    });
    const document = letterPaperDocument(record, { request: true });
    return {
      filename: paperFileName(record.caption.caseNumber, `Request to confer from ${record.sender.party}`),
      pdf: await renderPaper(document),
    };
  }

  /** A letter sent before letters were kept whole: its own text and time, today's names and addresses. */
  private async rebuilt(event: ConferralEventEntity): Promise<LetterPaperRecord> {
    const manager = this.dataSource.manager;
    const dispute = await manager.findOneByOrFail(DisputeEntity, { id: event.disputeId });
    return this.record(manager, {
      dispute,
      fromPartyId: event.fromPartyId,
      senderId: event.recordedById,
      mode: event.mode,
      sentAt: event.heldAt,
      body: event.summary,
    });
  }
}
