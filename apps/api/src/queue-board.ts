import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QueueBoardTickets } from '@parley/accounts';
import { ALL_QUEUES, QueuesService } from '@parley/platform';
import type { FastifyInstance } from 'fastify';

const BASE = '/admin/queues';
const COOKIE = 'parley_queue_board';

function cookie(header: string | undefined, name: string): string | undefined {
  return header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

/**
 * Bull Board at /admin/queues, for admins only: queue depths, failed jobs and a retry button. Entry
 * is by the link queueBoardLink returns; its ticket becomes an HttpOnly cookie scoped to the board.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const queues = app.get(QueuesService);
  const tickets = app.get(QueueBoardTickets);
  const board = new BoardAdapter();
  board.setBasePath(BASE);
  createBullBoard({
    queues: ALL_QUEUES.map((name) => new BullMQAdapter(queues.get(name))),
    serverAdapter: board,
  });

  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      const fromLink = (request.query as Record<string, string | undefined>)?.ticket;
      if (fromLink && (await tickets.valid(fromLink))) {
        reply.header(
          'set-cookie',
          `${COOKIE}=${fromLink}; HttpOnly; SameSite=Strict; Path=${BASE}; Max-Age=${tickets.ttlSeconds}${request.protocol === 'https' ? '; Secure' : ''}`,
        );
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
    await scope.register(board.registerPlugin() as never, { prefix: BASE });
  });
}
