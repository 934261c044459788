import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourtsService } from '@parley/courts';
import { paperFileName, PrintedPaper } from '@parley/papers';
import { Clock, Grant } from '@parley/platform';
import { DataSource } from 'typeorm';
import { escalationState } from '../escalations/escalation-state';
import { EscalationEntity } from '../escalations/escalation.entity';
import { PositionEntity } from '../escalations/position.entity';
import { packetCaption } from './escalation-packet';
import { letterPosition, renderPacketPdf } from './joint-letter';

/** The escalation packet as a discovery letter brief (N.D. Cal. L.R. 37), with the positions so far. */
@Injectable()
export class PacketPaperService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly courts: CourtsService,
  ) {}

  /** grant: escalation.read. */
  render(grant: Grant): Promise<PrintedPaper> {
    return this.renderById(grant.subject.id);
  }

  /** The joint letter as it stands, for whoever already may have it (its reader, a mailing's packet). */
  async renderById(id: string): Promise<PrintedPaper> {
    const escalation = await this.dataSource.getRepository(EscalationEntity).findOneByOrFail({ id });
    const positions = await this.dataSource.getRepository(PositionEntity).findBy({ escalationId: id });
    const state = escalationState(
      escalation,
      positions.some((p) => p.partyId === escalation.otherPartyId),
      this.clock.now(),
    );
    const court = await this.courts.get(escalation.courtId);
    // The escalating party's position comes first, as in a joint letter.
    const ordered = [...positions].sort((a) => (a.partyId === escalation.escalatingPartyId ? -1 : 1));
    const signedAt = positions.reduce(
      (last, p) => (p.submittedAt > last ? p.submittedAt : last),
      escalation.escalatedAt,
    );
    const pdf = await renderPacketPdf(
      escalation.packet,
      ordered.map((p) => letterPosition(escalation.packet, p)),
      {
        otherSideResponded: state.otherSideResponded,
        otherParty: escalation.packet.parties.find((p) => p.id === escalation.otherPartyId)?.name ?? '',
        timeZone: court.timeZone,
        signedAt,
      },
    );
    return {
      pdf,
      filename: paperFileName(packetCaption(escalation.packet).caseNumber, 'joint discovery letter'),
    };
  }
}
