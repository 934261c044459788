import { Controller, Get, Res } from '@nestjs/common';
import { sendPaper } from '@parley/papers';
import { Access, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { DisputeCapabilities } from '../conferral-capabilities';
import { LetterPapersService } from './letter-papers.service';

/** A letter between the parties as a PDF, for either side (Authorization: Bearer, as for GraphQL). */
@Controller()
export class LetterPapersController {
  constructor(private readonly letters: LetterPapersService) {}

  @Get('conferral-events/:id/paper.pdf')
  @Access.to(DisputeCapabilities.READ_RECORD, 'id')
  async letterPaper(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    await sendPaper(reply, await this.letters.print(grant));
  }
}
