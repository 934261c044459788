import { Controller, Get, Res } from '@nestjs/common';
import { Access, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { SetCapabilities } from '../discovery-capabilities';
import { PapersService } from './papers.service';

/** Downloads for the parties of a case (Authorization: Bearer, as for GraphQL). */
@Controller('discovery-sets')
export class PapersController {
  constructor(private readonly papers: PapersService) {}

  @Get(':id/paper.pdf')
  @Access.to(SetCapabilities.READ, 'id')
  async setPaper(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    const { filename, pdf } = await this.papers.setPaperPdf(grant);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  }
}
