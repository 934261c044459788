import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Access, Clock, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { EscalationCapabilities } from '../court-review-capabilities';
import { escalationState } from '../escalations/escalation-state';
import { EscalationEntity } from '../escalations/escalation.entity';
import { PositionEntity } from '../escalations/position.entity';
import { renderPacketPdf } from './joint-letter';

/** The escalation packet as a discovery letter brief, for the parties and the court's staff. */
@Controller('escalations')
export class PacketController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get(':id/packet.pdf')
  @Access.to(EscalationCapabilities.READ, 'id')
  async packet(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    const id = grant.subject.id;
    const escalation = await this.dataSource.getRepository(EscalationEntity).findOneByOrFail({ id });
    const positions = await this.dataSource.getRepository(PositionEntity).findBy({ escalationId: id });
    const state = escalationState(
      escalation,
      positions.some((p) => p.partyId === escalation.otherPartyId),
      this.clock.now(),
    );
    const name = (partyId: string) => escalation.packet.parties.find((p) => p.id === partyId)?.name ?? '';
    const ordered = [...positions].sort((a) => (a.partyId === escalation.escalatingPartyId ? -1 : 1));
    const pdf = await renderPacketPdf(
      escalation.packet,
      ordered.map((p) => ({ party: name(p.partyId), text: p.text, compromise: p.compromise })),
      { otherSideResponded: state.otherSideResponded, otherParty: name(escalation.otherPartyId) },
    );
    const filename = `${escalation.packet.caption.docketNumber} joint discovery letter`.replace(
      /[^\w.-]+/g,
      '-',
    );
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${filename}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  }
}
