import { Button, Table } from '@trussworks/react-uswds';
import { useDeliveryLog } from './use-delivery-log';
import { spokenMoment, spokenName } from './words';

/** What Parley's last answer from the endpoint was: its HTTP status, or why there was none. */
function lastAnswer(statusCode: number | null, error: string | null): string {
  if (statusCode !== null && error) return `HTTP ${statusCode}: ${error}`;
  if (statusCode !== null) return `HTTP ${statusCode}`;
  return error ?? 'None yet';
}

/** The notices sent (or still to send) to one endpoint, newest first. */
export function DeliveryLog({ endpointId, label }: { endpointId: string; label: string }) {
  const { rows, more, problem, fetching, showMore } = useDeliveryLog(endpointId);
  return (
    <>
      <h4>Delivery log of {label}</h4>
      {problem && (
        <p className="usa-error-message" role="alert">
          The delivery log could not be loaded: {problem}
        </p>
      )}
      {!rows && !problem && <p aria-live="polite">Loading the delivery log…</p>}
      {rows && rows.length === 0 && <p>No notices have been sent to this endpoint yet.</p>}
      {rows && rows.length > 0 && (
        <Table fullWidth stackedStyle="default" caption={`Notices sent to ${label}, newest first`}>
          <thead>
            <tr>
              <th scope="col">Notice</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">Created</th>
              <th scope="col">Delivered</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <th scope="row" data-label="Notice">
                  {spokenName(d.kind)}
                </th>
                <td data-label="Status">{spokenName(d.status)}</td>
                <td data-label="Attempts">{d.attempts}</td>
                <td data-label="Last answer">{lastAnswer(d.lastStatusCode ?? null, d.lastError ?? null)}</td>
                <td data-label="Created">{spokenMoment(d.createdAt)}</td>
                <td data-label="Delivered">{d.deliveredAt ? spokenMoment(d.deliveredAt) : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {more && (
        <Button type="button" outline disabled={fetching} onClick={showMore}>
          {fetching ? 'Loading more…' : `Show more deliveries to ${label}`}
        </Button>
      )}
    </>
  );
}
