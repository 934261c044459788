import { Controller, Get, Res } from '@nestjs/common';
import { sendPaper } from '@parley/papers';
import { Access, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { ResponseCapabilities, SetCapabilities } from '../discovery-capabilities';
import { PapersService } from './papers.service';

/** Served papers as PDFs, for the parties of a case (Authorization: Bearer, as for GraphQL). */
@Controller()
export class PapersController {
  constructor(private readonly papers: PapersService) {}

  @Get('discovery-sets/:id/paper.pdf')
  @Access.to(SetCapabilities.READ, 'id')
  async setPaper(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    await sendPaper(reply, await this.papers.setPaperPdf(grant));
  }

  @Get('discovery-responses/:id/paper.pdf')
  @Access.to(ResponseCapabilities.READ, 'id')
  async responsePaper(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    await sendPaper(reply, await this.papers.responsePaperPdf(grant));
  }
}
