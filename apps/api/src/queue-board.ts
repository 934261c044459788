import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QueueBoardTickets } from '@parley/accounts';
import { ALL_QUEUES, QueuesService } from '@parley/platform';
import type { FastifyInstance } from 'fastify';

const BASE = '/admin/queues';
const ENTRY = `${BASE}/enter`;
const COOKIE = 'parley_queue_board';

function cookie(header: string | undefined, name: string): string | undefined {
  return header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

/**
 * The entry page: the ticket travels in the link's fragment, which browsers never send, and is posted
 * in a request body, so it reaches no URL a proxy or request log records.
 */
const ENTRY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley queue board</title></head>
<body><p id="status">Opening the queue board…</p>
<script>
  const ticket = decodeURIComponent(location.hash.slice(1));
  history.replaceState(null, '', location.pathname);
  fetch('${ENTRY}', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ticket }), credentials: 'same-origin' })
    .then((r) => { if (r.ok) location.replace('${BASE}');
      else document.getElementById('status').textContent = 'This link has expired or is not valid: ask for a new one (queueBoardLink).'; });
</script></body></html>`;

/**
 * Bull Board at /admin/queues, for admins only, and read-only: queue depths and failures to look at,
 * no button that adds, retries or removes a job, so nothing can be forged or replayed through it. Job
 * data holds ids only, never case text. Entry is by the link queueBoardLink returns.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const queues = app.get(QueuesService);
  const tickets = app.get(QueueBoardTickets);
  const board = new BoardAdapter();
  board.setBasePath(BASE);
  createBullBoard({
    queues: ALL_QUEUES.map(
      (name) => new BullMQAdapter(queues.get(name), { readOnlyMode: true, allowRetries: false }),
    ),
    serverAdapter: board,
  });

  await app.register(async (scope: FastifyInstance) => {
    scope.get(ENTRY, async (_request, reply) => {
      await reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .send(ENTRY_PAGE);
    });
    scope.post(ENTRY, async (request, reply) => {
      const ticket = (request.body as { ticket?: unknown } | undefined)?.ticket;
      if (typeof ticket !== 'string' || !(await tickets.valid(ticket))) {
        return reply.code(401).send({
          errors: [
            { message: 'This link has expired or is not valid.', extensions: { code: 'UNAUTHENTICATED' } },
          ],
        });
      }
      return reply
        .header(
          'set-cookie',
          `${COOKIE}=${ticket}; HttpOnly; SameSite=Strict; Path=${BASE}; Max-Age=${tickets.ttlSeconds}${request.protocol === 'https' ? '; Secure' : ''}`,
        )
        .code(204)
        .send();
    });
    await scope.register(async (guarded: FastifyInstance) => {
      guarded.addHook('onRequest', async (request, reply) => {
        // Read-only whatever the board's own settings say: nothing is added, retried or removed here.
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          await reply.code(405).send({
            errors: [
              {
                message: 'The queue board is read-only. To retry failed jobs, use retryFailedJobs.',
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          });
          return;
        }
        if (await tickets.valid(cookie(request.headers.cookie, COOKIE))) return;
        await reply.code(401).send({
          errors: [
            {
              message: 'The queue board is for admins: open the link queueBoardLink gives you.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
      });
      await guarded.register(board.registerPlugin() as never, { prefix: BASE });
    });
  });
}
