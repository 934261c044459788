import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useMutation } from 'urql';
import { refusalOf } from '../../components/refusal';
import { Queue, QUEUES, RETRY_FAILED_JOBS } from './queue-queries';

/** What retrying did, from the count the API answered with. */
export function retried(count: number, job: string): string {
  if (count === 0) return `No ${job} job had failed: nothing was run again.`;
  return `${count} failed ${job} ${count === 1 ? 'job was' : 'jobs were'} run again.`;
}

/** One queue: what it does, and its failed jobs run again as they were, saying how many. */
export function RetryFailedJobs({ queue }: { queue: Queue }) {
  const { job, work } = QUEUES[queue];
  const [{ fetching }, run] = useMutation(RETRY_FAILED_JOBS);
  const [said, setSaid] = useState<{ text: string; refused: boolean } | null>(null);
  async function retry() {
    const result = await run({ queue });
    if (result.data) return setSaid({ text: retried(result.data.retryFailedJobs, job), refused: false });
    const problem = refusalOf(result.error);
    setSaid({ text: problem.message + (problem.rule ? ` (${problem.rule})` : ''), refused: true });
  }
  return (
    <li className="border-top-1px border-base-lighter padding-y-2">
      <h4 className="margin-y-1">{queue}</h4>
      <p className="margin-y-1">Its jobs: {work}.</p>
      <Button type="button" outline disabled={fetching} onClick={() => void retry()}>
        Run the failed {job} jobs again
      </Button>
      <div role={said?.refused ? 'alert' : 'status'}>
        {said && <p className={said.refused ? 'usa-error-message' : 'margin-y-1'}>{said.text}</p>}
      </div>
    </li>
  );
}
