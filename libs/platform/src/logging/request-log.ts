import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Logger as Pino } from 'pino';

const SAFE_REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Fastify's request id: a caller's own X-Request-Id is kept when it is sane, so logs join up across
 * systems; otherwise a fresh UUID.
 */
export function requestIdOf(req: { headers: IncomingHttpHeaders }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Secrets that travel in a path (a calendar feed's address) are masked before a line is written. */
export function redactUrl(url: string | undefined): string | undefined {
  return url
    ?.replace(/\/calendar\/[^/?#]+/, '/calendar/[secret].ics')
    .replace(/([?&](?:ticket|token)=)[^&#]*/gi, '$1[secret]');
}

/**
 * One line for every answered request (its id, method, address, status and time), written from
 * fastify's onResponse hook. Not nestjs-pino's request middleware: it binds each request's logger
 * with AsyncLocalStorage, and on Node 20 the promise hooks that turns on cost every request about a
 * fifth of the dashboard's throughput (issue 14's bench: 517–608 req/s with them, 697–742 without).
 * A line logged while serving a request names the request itself (`correlationId`).
 */
export function logRequests(fastify: FastifyInstance, logger: Pino): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    if (logger.isLevelEnabled(level)) {
      logger[level](
        {
          req: {
            id: request.id,
            method: request.method,
            url: redactUrl(request.url),
            remoteAddress: request.ip,
            userAgent: request.headers['user-agent'],
          },
          res: { statusCode: status },
          responseTime: Math.round(reply.elapsedTime),
        },
        'request completed',
      );
    }
    done();
  });
}
