import { randomBytes } from 'node:crypto';
import { QueueName, removeRetiredJobs } from '@parley/platform';
import { Job, Queue, Worker } from 'bullmq';
import { Parley, startParley } from './support/test-app';

/**
 * Jobs queued before notices became typed events have no handler now: the worker removes them on
 * start, against the real Redis, under a key prefix of this test's own.
 */
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const HOUR = 3_600_000;

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (const deadline = Date.now() + 10_000; !(await check());) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const text = { message: 'A stipulation allowing 1 interrogatory per party was recorded: Stipulation.' };

describe('jobs whose handlers were removed', () => {
  let prefix: string;
  let queue: Queue;

  beforeEach(() => {
    prefix = `test-${randomBytes(5).toString('hex')}`;
    queue = new Queue(QueueName.Notifications, { connection: { url: redisUrl }, prefix });
  });
  afterEach(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
  });

  /** Runs some jobs to the end: those marked `fail` fail at their one attempt. */
  async function finish(jobs: Array<{ name: string; id: string; fail: boolean }>) {
    await queue.addBulk(
      jobs.map((j) => ({
        name: j.name,
        data: { ...text, fail: j.fail },
        opts: { jobId: j.id, attempts: 1 },
      })),
    );
    const worker = new Worker(
      QueueName.Notifications,
      async (job: Job) => {
        if (job.data.fail) throw new Error(`No handler for job ${job.name}`);
      },
      { connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix },
    );
    const done = async () => {
      const counts = await queue.getJobCounts('completed', 'failed');
      return counts.completed + counts.failed === jobs.length;
    };
    await until(done, 'the jobs to finish');
    await worker.close();
  }

  const ids = async () => (await queue.getJobs()).map((j) => `${j.id}`).sort();

  it('removes waiting, prioritized, delayed, failed and completed jobs of those names, and no other', async () => {
    await finish([
      { name: 'NotifyPartiesJob', id: 'failed-retired', fail: true },
      { name: 'SendEmailJob', id: 'failed-kept', fail: true },
      { name: 'PartyJoinedJob', id: 'completed-retired', fail: false },
      { name: 'NotifyEventJob', id: 'completed-kept', fail: false },
    ]);
    await queue.add('NotifyPartiesJob', text, { jobId: 'waiting-retired' });
    await queue.add('NotifyEventJob', {}, { jobId: 'waiting-kept' });
    await queue.add('NotifyPartiesJob', text, { jobId: 'prioritized-retired', priority: 3 });
    await queue.add('NotifyCourtStaffJob', {}, { jobId: 'delayed-retired', delay: HOUR });
    await queue.add('DeadlineNoticeJob', {}, { jobId: 'delayed-kept', delay: HOUR });
    expect(await queue.getJobState('prioritized-retired')).toBe('prioritized');

    expect(await removeRetiredJobs(queue)).toBe(5);
    expect(await ids()).toEqual(['completed-kept', 'delayed-kept', 'failed-kept', 'waiting-kept']);
    expect(await removeRetiredJobs(queue)).toBe(0);
  });

  it('pages through more jobs than one read returns', async () => {
    await queue.addBulk(
      Array.from({ length: 1_100 }, (_, i) => ({
        name: i % 2 ? 'NotifyPartiesJob' : 'NotifyEventJob',
        data: {},
        opts: { jobId: `job-${i}`, delay: HOUR },
      })),
    );
    expect(await removeRetiredJobs(queue)).toBe(550);
    expect(await queue.getDelayedCount()).toBe(550);
  });

  describe('the worker, on start', () => {
    let parley: Parley | undefined;
    afterEach(() => parley?.close());

    it('removes them before its workers take any', async () => {
      await queue.add('NotifyPartiesJob', text, { jobId: 'waiting-retired' });
      await queue.add('NotifyCourtStaffJob', {}, { jobId: 'delayed-retired', delay: HOUR });
      await queue.add('DeadlineNoticeJob', {}, { jobId: 'delayed-kept', delay: HOUR });
      parley = await startParley({ env: { QUEUE_PREFIX: prefix } });
      expect(await ids()).toEqual(['delayed-kept']);
    });
  });
});
