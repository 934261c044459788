import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourtsService } from '@parley/courts';
import { MailedPaper, MailingPaperKind, MailsPaper } from '@parley/mailings';
import { renderPaper } from '@parley/papers';
import { CalendarDate } from '@parley/platform';
import { courtDayOf } from '@parley/rules';
import { DataSource } from 'typeorm';
import { EscalationEntity } from '../escalations/escalation.entity';
import { packetCaption } from '../packet/escalation-packet';
import { RulingEntity } from './ruling.entity';
import { rulingPaperDocument } from './ruling-paper';

/** The court's order in its mailing to a party not on Parley; its compliance date runs from the ruling. */
@Injectable()
@MailsPaper(MailingPaperKind.RULING)
export class MailedRulings implements MailedPaper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courts: CourtsService,
  ) {}

  async print(rulingId: string): Promise<Uint8Array> {
    const manager = this.dataSource.manager;
    const ruling = await manager.findOneByOrFail(RulingEntity, { id: rulingId });
    const escalation = await manager.findOneByOrFail(EscalationEntity, { id: ruling.escalationId });
    const court = await this.courts.get(escalation.courtId, manager);
    const ordered = escalation.packet.parties.find((p) => p.id === ruling.orderedPartyId);
    return renderPaper(
      rulingPaperDocument({
        caption: packetCaption(escalation.packet),
        escalatedOn: courtDayOf(escalation.escalatedAt, court.timeZone),
        outcome: ruling.outcome,
        orderText: ruling.orderText,
        orderedParty: ordered?.name ?? null,
        complianceDueOn: ruling.complianceDueOn,
        ruledOn: courtDayOf(ruling.ruledAt, court.timeZone),
        ruledBy: ruling.ruledByName,
      }),
    );
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}
