import { Controller, Get, Param, Res } from '@nestjs/common';
import { Access, NotFoundError } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { CalendarService } from './calendar.service';

/** GET /calendar/<token>.ics: the token is the credential, so the route itself is public. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':file')
  @Access.public()
  async feed(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const token = file.endsWith('.ics') && file.length <= 200 ? file.slice(0, -4) : '';
    const ics = token ? await this.calendar.ics(token) : null;
    if (ics === null) throw new NotFoundError('The calendar feed');
    await reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .send(ics);
  }
}
