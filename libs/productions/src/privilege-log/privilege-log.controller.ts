import { Controller, Get, Res } from '@nestjs/common';
import { sendPaper } from '@parley/papers';
import { Access, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { PrivilegeLogCapabilities } from '../production-capabilities';
import { PrivilegeLogService } from './privilege-log.service';

/** A served privilege log as a paper and as data, for the parties. */
@Controller('privilege-logs')
export class PrivilegeLogController {
  constructor(private readonly logs: PrivilegeLogService) {}

  @Get(':id/log.pdf')
  @Access.to(PrivilegeLogCapabilities.READ_LOG, 'id')
  async pdf(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    await sendPaper(reply, await this.logs.pdf(grant));
  }

  @Get(':id/log.csv')
  @Access.to(PrivilegeLogCapabilities.READ_LOG, 'id')
  async csv(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    const { filename, csv } = await this.logs.csv(grant);
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(csv);
  }
}
