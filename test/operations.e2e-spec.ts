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

  /** What a browser does with the link: load the entry page, then post the fragment's ticket. */
  async function enter(url: string): Promise<Response> {
    const link = new URL(url);
    const page = await fetch(`${parley.baseUrl}${link.pathname}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    return fetch(`${parley.baseUrl}${link.pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: decodeURIComponent(link.hash.slice(1)) }),
    });
  }

  async function boardCookie(): Promise<{ cookie: string }> {
    const { queueBoardLink } = await (await signInAsAdmin(parley)).ok(LINK);
    const entry = await enter(queueBoardLink.url);
    return { cookie: entry.headers.get('set-cookie')!.split(';')[0] };
  }

  it('the queue board is for admins, through a short-lived link whose ticket never travels in a URL', async () => {
    const user = await signUp(parley, 'Not An Admin');
    expect((await user.client.fails(LINK)).extensions.code).toBe('FORBIDDEN');
    expect((await fetch(`${parley.baseUrl}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${parley.baseUrl}/admin/queues?ticket=${user.accessToken}`)).status).toBe(401);

    const { queueBoardLink } = await (await signInAsAdmin(parley)).ok(LINK);
    const link = new URL(queueBoardLink.url);
    // The ticket rides in the fragment, which a browser never sends: no request line or log holds it.
    expect(link.search).toBe('');
    expect(link.hash.length).toBeGreaterThan(20);
    expect((await enter(queueBoardLink.url.replace(link.hash, '#forged'))).status).toBe(401);
    const entry = await enter(queueBoardLink.url);
    expect(entry.status).toBe(204);
    const cookie = entry.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict; Path=\/admin\/queues/);

    const api = await fetch(`${parley.baseUrl}/admin/queues/api/queues`, {
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: Array<{ name: string }> };
    expect(queues.map((q) => q.name).sort()).toEqual(['deadlines', 'deliveries', 'notifications']);
  });

  it('a failed job is visible on the read-only board, and retried only through the API', async () => {
    const queue = parley.worker!.get(QueuesService).get(QueueName.Notifications);
    const job = await queue.add('NoSuchJob', {}, { attempts: 1 });
    await parley.waitForIdle();
    expect(await job.getState()).toBe('failed');

    const headers = await boardCookie();
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

    // Nothing can be added, retried or removed through the board: a forged "the court ruled" notice
    // has no way in.
    const before = await queue.getJobCounts();
    for (const [method, path, payload] of [
      ['PUT', `/api/queues/notifications/${job.id}/retry`, undefined],
      ['POST', '/api/queues/notifications/add', { name: 'NotifyEventJob', data: { eventId: job.id } }],
      ['PUT', '/api/queues/notifications/retry/failed', undefined],
      ['PUT', '/api/queues/notifications/clean/failed', undefined],
      ['PUT', `/api/queues/notifications/${job.id}/clean`, undefined],
      ['PATCH', `/api/queues/notifications/${job.id}/update-data`, { data: { eventId: 'x' } }],
    ] as const) {
      const refused = await fetch(`${parley.baseUrl}/admin/queues${path}`, {
        method,
        headers: payload ? { ...headers, 'content-type': 'application/json' } : headers,
        body: payload ? JSON.stringify(payload) : undefined,
      });
      expect({ method, path, status: refused.status }).toEqual({ method, path, status: 405 });
    }
    expect(await queue.getJobCounts()).toEqual(before);

    const admin = await signInAsAdmin(parley);
    const user = await signUp(parley, 'Would Retry');
    const RETRY = 'mutation { retryFailedJobs(queue: Notifications) }';
    expect((await user.client.fails(RETRY)).extensions.code).toBe('FORBIDDEN');
    expect((await admin.ok(RETRY)).retryFailedJobs).toBeGreaterThanOrEqual(1);
    await parley.waitForIdle();
    const again = await queue.getJob(job.id!);
    expect(again!.attemptsMade).toBeGreaterThanOrEqual(2);
  });
});
