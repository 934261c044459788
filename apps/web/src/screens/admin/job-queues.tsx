import { QueueBoardLink } from './queue-board-link';
import { Queue, QUEUES } from './queue-queries';
import { RetryFailedJobs } from './retry-failed-jobs';

/** The work Parley does in the background: the board to look at it, and failed jobs to run again. */
export function JobQueues() {
  return (
    <section aria-labelledby="queues-heading" className="margin-top-6">
      <h2 id="queues-heading">Background jobs</h2>
      <QueueBoardLink />
      <h3 className="margin-top-4">Failed jobs</h3>
      <ul className="usa-list usa-list--unstyled">
        {(Object.keys(QUEUES) as Queue[]).map((queue) => (
          <RetryFailedJobs key={queue} queue={queue} />
        ))}
      </ul>
    </section>
  );
}
