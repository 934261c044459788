import { Controller, Get, Res } from '@nestjs/common';
import { sendPaper } from '@parley/papers';
import { Access, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { EscalationCapabilities } from '../court-review-capabilities';
import { PacketPaperService } from './packet-paper.service';

/** The escalation packet as a PDF, for the parties and the court's staff. */
@Controller('escalations')
export class PacketController {
  constructor(private readonly papers: PacketPaperService) {}

  @Get(':id/packet.pdf')
  @Access.to(EscalationCapabilities.READ, 'id')
  async packet(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    await sendPaper(reply, await this.papers.render(grant));
  }
}
