import { QueueName, QueuesService } from '@parley/platform';
import { signInAsAdmin, signUp } from './support/factories';
import { Parley, startParley } from './support/test-app';

const LINK = 'mutation { queueBoardLink { url expiresAt } }';

describe('queue operations', () => {
  let parley: Parley;
  beforeAll(async () => {
    parley = await startParley();
  });
  afterAll(() => parley?.close());

  it('the queue board is for admins, through a short-lived link that becomes a cookie', async () => {
    const user = await signUp(parley, 'Not An Admin');
    expect((await user.client.fails(LINK)).extensions.code).toBe('FORBIDDEN');
    expect((await fetch(`${parley.baseUrl}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${parley.baseUrl}/admin/queues?ticket=${user.accessToken}`)).status).toBe(401);

    const { queueBoardLink } = await (await signInAsAdmin(parley)).ok(LINK);
    const entry = await fetch(
      `${parley.baseUrl}${new URL(queueBoardLink.url).pathname}${new URL(queueBoardLink.url).search}`,
    );
    expect(entry.status).toBe(200);
    expect(await entry.text()).toMatch(/<html/i);
    const cookie = entry.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict; Path=\/admin\/queues/);

    const api = await fetch(`${parley.baseUrl}/admin/queues/api/queues`, {
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: Array<{ name: string }> };
    expect(queues.map((q) => q.name).sort()).toEqual(['deadlines', 'deliveries', 'notifications']);
  });

  it('a failed job is visible on the board and can be retried', async () => {
    const queue = parley.worker!.get(QueuesService).get(QueueName.Notifications);
    const job = await queue.add('NoSuchJob', {}, { attempts: 1 });
    await parley.waitForIdle();
    expect(await job.getState()).toBe('failed');

    const { queueBoardLink } = await (await signInAsAdmin(parley)).ok(LINK);
    const entry = await fetch(queueBoardLink.url.replace(/^http:\/\/localhost:\d+/, parley.baseUrl));
    const headers = { cookie: entry.headers.get('set-cookie')!.split(';')[0] };
    const failed = await fetch(
      `${parley.baseUrl}/admin/queues/api/queues?activeQueue=notifications&status=failed`,
      { headers },
    );
    const body = (await failed.json()) as {
      queues: Array<{ name: string; jobs: Array<{ id: string; failedReason: string }> }>;
    };
    const listed = body.queues.find((q) => q.name === 'notifications')!.jobs;
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: job.id, failedReason: 'No handler for job NoSuchJob' }),
      ]),
    );

    const retry = await fetch(`${parley.baseUrl}/admin/queues/api/queues/notifications/${job.id}/retry`, {
      method: 'PUT',
      headers,
    });
    expect(retry.ok).toBe(true);
    await parley.waitForIdle();
    const again = await queue.getJob(job.id!);
    expect(again!.attemptsMade).toBeGreaterThanOrEqual(2);
  });
});
