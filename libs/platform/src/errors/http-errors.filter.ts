import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { ErrorCode } from './app-error';
import { toClientError } from './to-client-error';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  ESCALATION_GATE: 422,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * Errors of plain HTTP routes (paper downloads, health), shaped like GraphQL's: the same codes and
 * plain-English messages, and for anything unexpected only a correlation id. GraphQL errors are left
 * to the GraphQL error formatter.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext(HttpErrorsFilter.name);
  }

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() !== 'http') throw error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const client = toClientError(error);
    const extensions: Record<string, unknown> = { code: client.code, ...client.extensions };
    if (client.unexpected) {
      this.logger.error({ err: error, correlationId: request.id }, 'Unexpected error');
      extensions.correlationId = request.id;
    }
    void reply.code(STATUS[client.code]).send({ errors: [{ message: client.message, extensions }] });
  }
}
