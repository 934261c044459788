import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseDirectory, PaperPeople } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { MailedPaper, MailingPaperKind, MailsPaper } from '@parley/mailings';
import { renderPaper } from '@parley/papers';
import { CalendarDate } from '@parley/platform';
import { DataSource } from 'typeorm';
import { clawbackModel, ClawbackRow } from './clawbacks/clawback-reads';
import { clawbackNoticeDocument } from './clawbacks/clawback-notice-paper';
import { privilegeLogDocument } from './privilege-log/privilege-log-paper';
import { PrivilegeLogEntity } from './privilege-log/privilege-log.entity';

/** A privilege log in a mailing: printed as served; nothing runs from it for its recipient. */
@Injectable()
@MailsPaper(MailingPaperKind.PRIVILEGE_LOG)
export class MailedPrivilegeLogs implements MailedPaper {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async print(logId: string): Promise<Uint8Array> {
    const log = await this.dataSource.manager.findOneByOrFail(PrivilegeLogEntity, { id: logId });
    return renderPaper(privilegeLogDocument(log.paper));
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}

/**
 * A clawback notice in a mailing, printed from the clawback and its production. Its answer day was
 * counted for service by mail (FRCP 6(d)) when the clawback was made; a later mailing does not move it.
 */
@Injectable()
@MailsPaper(MailingPaperKind.CLAWBACK_NOTICE)
export class MailedClawbacks implements MailedPaper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly courts: CourtsService,
    private readonly people: PaperPeople,
  ) {}

  async print(clawbackId: string): Promise<Uint8Array> {
    return renderPaper(await this.document(clawbackId));
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }

  async document(clawbackId: string, manager = this.dataSource.manager) {
    const [row]: Array<ClawbackRow & { requested_by_id: string; volume: string; served_on: string }> =
      await manager.query(
        `SELECT cb.*, p.volume, to_char(p.served_on, 'YYYY-MM-DD') AS served_on
           FROM clawbacks cb JOIN productions p ON p.id = cb.production_id WHERE cb.id = $1`,
        [clawbackId],
      );
    const clawback = clawbackModel(row);
    const theCase = await this.directory.getCase(row.case_id, manager);
    const court = await this.courts.get(theCase.courtId, manager);
    const signer = await this.people.letterhead(manager, {
      userId: row.requested_by_id,
      partyId: row.producing_party_id,
    });
    const receiving = await this.directory.party(row.receiving_party_id, manager);
    const requestedOn = clawback.requestedAt;
    return clawbackNoticeDocument({
      caption: await this.people.caption(manager, theCase, court),
      producingParty: signer.party,
      receivingParty: receiving?.name ?? 'The receiving party',
      range: clawback.batesRange,
      pages: clawback.pages,
      volume: row.volume,
      producedOn: row.served_on,
      basis: clawback.basis,
      answerDueOn: clawback.answerDueOn,
      signer,
      signedOn: requestedOn.toLocaleDateString('en-CA', { timeZone: court.timeZone }),
    });
  }
}
