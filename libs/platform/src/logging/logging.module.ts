import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { safeError } from './safe-error';

const SAFE_REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Fastify's request id (pino-http reuses it): a caller's own X-Request-Id is kept when it is sane,
 * so logs join up across systems; otherwise a fresh UUID.
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

/** pino everywhere, with the request id on every line logged while serving a request. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          // Secrets never reach a log: credentials, cookies (the queue board's ticket) and the cookie set.
          redact: [
            'req.headers.authorization',
            'req.headers.cookie',
            'req.headers["x-api-key"]',
            'res.headers["set-cookie"]',
          ],
          transport:
            config.env === 'development'
              ? { target: 'pino-pretty', options: { singleLine: true } }
              : undefined,
          serializers: {
            req: (req: { url?: string }) => ({ ...req, url: redactUrl(req.url) }),
            err: safeError,
          },
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
            err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        },
      }),
    }),
  ],
})
export class LoggingModule {}
