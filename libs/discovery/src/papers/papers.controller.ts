import { Controller, Get, Res } from '@nestjs/common';
import { Access, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { ResponseCapabilities, SetCapabilities } from '../discovery-capabilities';
import { PapersService, PrintedPaper } from './papers.service';

function send(reply: FastifyReply, { filename, pdf }: PrintedPaper) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'private, no-store')
    .send(pdf);
}

/** Served papers as PDFs, for the parties of a case (Authorization: Bearer, as for GraphQL). */
@Controller()
export class PapersController {
  constructor(private readonly papers: PapersService) {}

  @Get('discovery-sets/:id/paper.pdf')
  @Access.to(SetCapabilities.READ, 'id')
  async setPaper(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.papers.setPaperPdf(grant));
  }

  @Get('discovery-responses/:id/paper.pdf')
  @Access.to(ResponseCapabilities.READ, 'id')
  async responsePaper(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.papers.responsePaperPdf(grant));
  }
}
