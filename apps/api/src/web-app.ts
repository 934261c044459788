import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@parley/platform';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The web app (apps/web, built into config.webDir) at /. Hashed assets are cached for a year (their
 * names change with their content); index.html never is, so a new build reaches every browser at
 * once. Any other GET a browser makes for a page gets index.html, for the app's own router; the API's
 * routes are more specific and keep answering as before.
 */
export async function mountWebApp(app: NestFastifyApplication, config: AppConfig): Promise<boolean> {
  const root = resolve(config.webDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  await app.register(async (scope: FastifyInstance) => {
    await scope.register(fastifyStatic, {
      root: join(root, 'assets'),
      prefix: '/assets/',
      index: false,
      wildcard: true,
      immutable: true,
      maxAge: '365d',
    });
    const page = async (_request: unknown, reply: FastifyReply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    scope.get('/', page);
    scope.get('/*', async (request, reply) => {
      if (!request.headers.accept?.includes('text/html')) {
        return reply
          .code(404)
          .send({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
      }
      return page(request, reply);
    });
  });
  return true;
}
