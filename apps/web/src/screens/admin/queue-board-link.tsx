import { useState } from 'react';
import { ActionForm } from '../../components/action-form';
import { spokenMoment } from '../account/words';
import { QUEUE_BOARD_LINK } from './queue-queries';

/**
 * The queue board opens only through a short-lived link the API makes on request; it is shown as a
 * link to click rather than opened by script, which a browser's pop-up blocker would stop.
 */
export function QueueBoardLink() {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  return (
    <>
      <ActionForm
        level={3}
        id="queue-board"
        heading="The queue board"
        document={QUEUE_BOARD_LINK}
        variables={() => ({})}
        button="Get a link to the queue board"
        onDone={(data) => setLink(data.queueBoardLink)}
      >
        <p>
          The board shows how many jobs wait in each queue and why failed ones failed. It only shows: jobs are
          run again below.
        </p>
      </ActionForm>
      <div aria-live="polite">
        {link && (
          <p className="margin-top-2">
            <a className="usa-button" href={link.url}>
              Open the queue board
            </a>{' '}
            <span className="display-block margin-top-1">
              The link works until {spokenMoment(link.expiresAt)}; after that, get a new one.
            </span>
          </p>
        )}
      </div>
    </>
  );
}
