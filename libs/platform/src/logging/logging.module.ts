import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino, { Logger as Pino } from 'pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { safeError } from './safe-error';

const roots = new WeakMap<AppConfig, Pino>();

/** The process's one pino: Nest's own lines, the services' PinoLogger and the request log. */
export function rootLogger(config: AppConfig): Pino {
  let logger = roots.get(config);
  if (!logger) {
    logger = pino({
      level: config.logLevel,
      // Secrets never reach a log: credentials, cookies (the queue board's ticket) and the cookie set.
      redact: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'res.headers["set-cookie"]',
      ],
      transport:
        config.env === 'development' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
      serializers: { err: safeError },
    });
    roots.set(config, logger);
  }
  return logger;
}

/** pino everywhere: Nest's logger and PinoLogger write through the process's root logger. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: { logger: rootLogger(config) },
        // No request middleware: logRequests (request-log.ts) writes the request lines.
        forRoutes: [],
      }),
    }),
  ],
})
export class LoggingModule {}
