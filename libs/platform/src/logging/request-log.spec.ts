import Fastify from 'fastify';
import pino from 'pino';
import { logRequests, redactUrl, requestIdOf } from './request-log';

/** A fastify with the request log, writing to lines this test reads. */
async function serverLogging() {
  const lines: Array<Record<string, any>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const fastify = Fastify({ genReqId: requestIdOf });
  logRequests(fastify, logger);
  fastify.get('/ok', async () => ({ ok: true }));
  fastify.get('/calendar/:secret', async () => 'BEGIN:VCALENDAR');
  fastify.get('/broken', async () => {
    throw new Error('boom');
  });
  await fastify.ready();
  return { fastify, lines };
}

describe('the request log', () => {
  it('writes one line per request with its id, status and time, at the level its status calls for', async () => {
    const { fastify, lines } = await serverLogging();
    await fastify.inject({ url: '/ok', headers: { 'x-request-id': 'firm-sync-7', 'user-agent': 'cms/1' } });
    await fastify.inject({ url: '/missing' });
    await fastify.inject({ url: '/broken' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { id: 'firm-sync-7', method: 'GET', url: '/ok', userAgent: 'cms/1' },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0].responseTime).toBe('number');
    expect(lines[1]).toMatchObject({ level: 40, res: { statusCode: 404 } });
    expect(lines[2]).toMatchObject({ level: 50, res: { statusCode: 500 } });
    await fastify.close();
  });

  it('never writes a credential or a secret address', async () => {
    const { fastify, lines } = await serverLogging();
    await fastify.inject({
      url: '/calendar/feed-secret-123?token=abc&x=1',
      headers: { authorization: 'Bearer eyJ.secret', cookie: 'ticket=t0p' },
    });
    const written = JSON.stringify(lines);
    expect(lines[0].req.url).toBe('/calendar/[secret].ics?token=[secret]&x=1');
    expect(written).not.toMatch(/feed-secret-123|abc|eyJ\.secret|t0p/);
    await fastify.close();
  });
});

describe('request ids and addresses', () => {
  it('keeps a sane X-Request-Id and replaces an unsafe one', () => {
    expect(requestIdOf({ headers: { 'x-request-id': 'firm-sync-42' } })).toBe('firm-sync-42');
    expect(requestIdOf({ headers: { 'x-request-id': 'bad id\n' } })).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('masks a calendar feed and tickets in an address', () => {
    expect(redactUrl('/calendar/abc.ics')).toBe('/calendar/[secret].ics');
    expect(redactUrl('/queues?ticket=xyz')).toBe('/queues?ticket=[secret]');
    expect(redactUrl(undefined)).toBeUndefined();
  });
});
