import { Controller, Get, Res } from '@nestjs/common';
import { sendPaper } from '@parley/papers';
import { Access, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { MailingCapabilities } from '../mailing-capabilities';
import { MailingsService } from './mailings.service';

/** A mailing's packet, ready to print and mail (Authorization: Bearer, as for GraphQL). */
@Controller()
export class MailingsController {
  constructor(private readonly mailings: MailingsService) {}

  @Get('mailings/:id/packet.pdf')
  @Access.to(MailingCapabilities.READ, 'id')
  async packet(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    await sendPaper(reply, await this.mailings.packet(grant));
  }
}
