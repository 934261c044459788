import { Injectable } from '@nestjs/common';
import { MailedPaper, MailingPaperKind, MailsPaper } from '@parley/mailings';
import { CalendarDate } from '@parley/platform';
import { PacketPaperService } from './packet-paper.service';

/**
 * The joint letter in a mailing to the other side, not on Parley: printed as it stands when printed.
 * Its position window runs from the escalation, so a late mailing changes no date here.
 */
@Injectable()
@MailsPaper(MailingPaperKind.JOINT_LETTER)
export class MailedJointLetters implements MailedPaper {
  constructor(private readonly papers: PacketPaperService) {}

  async print(escalationId: string): Promise<Uint8Array> {
    return (await this.papers.renderById(escalationId)).pdf;
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}
