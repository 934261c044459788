import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AppConfig,
  boundShutdown,
  logRequests,
  mountUploads,
  replyToFrameworkError,
  requestIdOf,
  rootLogger,
} from '@parley/platform';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { SqlAnswerer } from './graphql/sql-answerer';
import { mountQueueBoard } from './queue-board';
import { sandboxPage } from './sandbox/sandbox-page';
import { mountWebApp } from './web-app';

/** Builds the API application; main.ts and the end-to-end tests start it the same way. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    new FastifyAdapter({
      bodyLimit: config.http.bodyLimitBytes,
      // Behind TRUST_PROXY_HOPS proxies the client is that many addresses back in X-Forwarded-For.
      // Fastify 5.12 takes a bare hop count as trusting no one; this is the count as it counted before.
      trustProxy: config.http.trustProxyHops
        ? (_address: string, hop: number) => hop < config.http.trustProxyHops
        : false,
      genReqId: requestIdOf,
      frameworkErrors: replyToFrameworkError,
    }),
    { bufferLogs: true },
  );
  logRequests(app.getHttpAdapter().getInstance(), rootLogger(config));
  await mountUploads(app, config.documents.maxBytes);
  // Built once here, not per request.
  const sandbox = config.graphql.sandbox ? sandboxPage() : null;
  // Every answer names its request, so a client quoting it finds the log lines.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
      // Outside production a browser opening /graphql gets the sandbox; clients' GET queries pass on.
      if (
        sandbox &&
        request.method === 'GET' &&
        request.url === '/graphql' &&
        request.headers.accept?.includes('text/html')
      ) {
        await reply.type('text/html; charset=utf-8').send(sandbox);
      }
    });
  // Before mercurius's handler: a query AnsweredInSql whose plan and reader allow it is answered here.
  const answerer = app.get(SqlAnswerer);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preHandler', async (request, reply) => {
      if (
        request.method === 'POST' &&
        request.routeOptions.url === '/graphql' &&
        (await answerer.answer(request, reply))
      )
        return reply;
    });
  app.useLogger(app.get(Logger));
  await mountQueueBoard(app);
  await mountWebApp(app, config);
  boundShutdown(app, config.http.shutdownGraceMs);
  app.enableShutdownHooks();
  return app;
}
