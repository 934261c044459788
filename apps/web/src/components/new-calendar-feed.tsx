import { useState } from 'react';
import { graphql } from '../graphql/graphql';
import { ActionForm } from './action-form';
import { SecretOnce } from './secret-once';

export const CREATE_CALENDAR_FEED = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      id
      url
    }
  }
`);

/**
 * Make a secret calendar address for one's deadlines, from the case screen or the account: the API
 * gives the address only in this answer, so it is shown here once and kept nowhere else.
 */
export function NewCalendarFeed({
  heading,
  level = 2,
  onCreated,
}: {
  heading: string;
  level?: 2 | 3;
  onCreated?: () => void;
}) {
  const [url, setUrl] = useState<string | null>(null);
  return (
    <>
      <ActionForm
        level={level}
        id="new-calendar-feed"
        heading={heading}
        document={CREATE_CALENDAR_FEED}
        variables={() => ({})}
        button="Make a calendar address for my deadlines"
        onDone={(data) => {
          setUrl(data.createCalendarFeed.url ?? null);
          onCreated?.();
        }}
      >
        <p>
          Subscribe to the address in your calendar and your deadlines appear there as Parley counts them.
          Keep it private: anyone who has it can read them.
        </p>
      </ActionForm>
      {/* Present before the address arrives, so a screen reader announces it when it does. */}
      <div aria-live="polite">
        {url && <SecretOnce heading="Your new calendar address" secret={url} onClose={() => setUrl(null)} />}
      </div>
    </>
  );
}
