import type { Job, JobType, Queue } from 'bullmq';

/**
 * Jobs whose handlers were removed when notices became typed events (NotifyEventJob carries ids
 * only). Their payloads held case text: left queued, they fail with "No handler" and their text stays
 * on the queue board.
 */
export const RETIRED_JOB_NAMES: readonly string[] = [
  'NotifyPartiesJob',
  'PartyJoinedJob',
  'NotifyCourtStaffJob',
];

// Every state a job rests in and the board shows; a running job is left to finish or fail.
const RESTING: JobType[] = ['waiting', 'prioritized', 'delayed', 'failed', 'completed'];
const PAGE = 500;

/** Removes the queue's resting jobs with these names; returns how many it removed. */
export async function removeRetiredJobs(
  queue: Queue,
  names: readonly string[] = RETIRED_JOB_NAMES,
): Promise<number> {
  const retired = new Set(names);
  const found: Job[] = [];
  // Found first, removed after: removing while paging would shift the pages.
  for (const state of RESTING) {
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getJobs([state], start, start + PAGE - 1, true);
      if (jobs.length === 0) break;
      found.push(...jobs.filter((job) => retired.has(job.name)));
    }
  }
  let removed = 0;
  for (const job of found) {
    try {
      await job.remove();
      removed++;
    } catch {
      // Taken by a worker meanwhile: it fails there, and the next start removes it.
    }
  }
  return removed;
}
