import { Injectable } from '@nestjs/common';
import { MailedPaper, MailingPaperKind, MailsPaper } from '@parley/mailings';
import { CalendarDate } from '@parley/platform';
import { LetterPapersService } from './letter-papers.service';

/** A letter in a mailing: nothing runs from a letter, so a late mailing changes no date. */
@Injectable()
@MailsPaper(MailingPaperKind.LETTER)
export class MailedLetters implements MailedPaper {
  constructor(private readonly letters: LetterPapersService) {}

  async print(eventId: string): Promise<Uint8Array> {
    return (await this.letters.printed(eventId)).pdf;
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}

/** A request to confer in a mailing: printed as a letter; its answer window is the request's own. */
@Injectable()
@MailsPaper(MailingPaperKind.CONFERENCE_REQUEST)
export class MailedConferenceRequests implements MailedPaper {
  constructor(private readonly letters: LetterPapersService) {}

  async print(requestId: string): Promise<Uint8Array> {
    return (await this.letters.printedRequest(requestId)).pdf;
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}
