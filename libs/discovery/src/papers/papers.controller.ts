import { Controller, Get, Param, Res } from '@nestjs/common';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor, IdPipe } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { PapersService } from './papers.service';

/** Downloads for the parties of a case (Authorization: Bearer, as for GraphQL). */
@Controller('discovery-sets')
export class PapersController {
  constructor(private readonly papers: PapersService) {}

  @Get(':id/paper.pdf')
  @Access.case(CaseCapability.READ)
  async setPaper(
    @CurrentActor() actor: Actor,
    @Param('id', new IdPipe()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { filename, pdf } = await this.papers.setPaperPdf(actor, id);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  }
}
