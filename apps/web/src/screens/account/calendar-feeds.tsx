import { Alert, Table } from '@trussworks/react-uswds';
import { useQuery } from 'urql';
import { MutationButton } from '../../components/mutation-button';
import { NewCalendarFeed } from '../../components/new-calendar-feed';
import { refusalOf } from '../../components/refusal';
import { CALENDAR_FEEDS, CalendarFeedRow, REVOKE_CALENDAR_FEED } from './calendar-queries';
import { spokenMoment } from './words';

function FeedRow({ feed, onChange }: { feed: CalendarFeedRow; onChange: () => void }) {
  const made = spokenMoment(feed.createdAt);
  return (
    <tr>
      <th scope="row" data-label="Address made">
        {made}
      </th>
      <td data-label="Stopped">
        {feed.revokedAt ? (
          spokenMoment(feed.revokedAt)
        ) : (
          <>
            <span className="display-block margin-bottom-1">Not stopped</span>
            <MutationButton
              document={REVOKE_CALENDAR_FEED}
              variables={{ id: feed.id }}
              label={`Stop the address made ${made}`}
              secondary
              onDone={onChange}
            />
          </>
        )}
      </td>
    </tr>
  );
}

/** Calendar addresses of your deadlines: those made (an address itself is never shown again), a new one, stopping one. */
export function CalendarFeeds() {
  const [{ data, error }, reload] = useQuery({ query: CALENDAR_FEEDS });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <section aria-labelledby="feeds-heading" className="margin-top-6">
      <h2 id="feeds-heading">Calendar addresses</h2>
      <p>
        A calendar address lists the deadlines of your cases for the calendar you already use. Stop one that
        someone else may have seen: it stops working at once.
      </p>
      {error && (
        <Alert
          type="error"
          headingLevel="h3"
          heading="Your calendar addresses could not be loaded"
          role="alert"
        >
          {refusalOf(error).message}
        </Alert>
      )}
      {!data && !error && <p aria-live="polite">Loading your calendar addresses…</p>}
      {data && data.calendarFeeds.length === 0 && <p>You have no calendar addresses.</p>}
      {data && data.calendarFeeds.length > 0 && (
        <Table fullWidth stackedStyle="default" caption="Your calendar addresses, oldest first">
          <thead>
            <tr>
              <th scope="col">Address made</th>
              <th scope="col">Stopped</th>
            </tr>
          </thead>
          <tbody>
            {data.calendarFeeds.map((feed) => (
              <FeedRow key={feed.id} feed={feed} onChange={refresh} />
            ))}
          </tbody>
        </Table>
      )}
      <NewCalendarFeed level={3} heading="Make a calendar address" onCreated={refresh} />
    </section>
  );
}
