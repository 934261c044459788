import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * A close that lets requests in flight finish, but not forever. Node closes idle keep-alive sockets
 * itself; a socket with a request still open (a client that stopped sending an upload's body, a
 * connection a proxy holds mid-request) would hold the close until its timeout, past an
 * orchestrator's grace period (docker-compose stops after 15 s): after `graceMs` it is cut.
 */
export function boundShutdown(app: NestFastifyApplication, graceMs: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preClose', (done) => {
    const server = fastify.server;
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.once('close', () => clearTimeout(timer));
    done();
  });
}
