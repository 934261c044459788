import { Alert } from '@trussworks/react-uswds';
import { useQuery } from 'urql';
import { refusalOf } from '../../components/refusal';
import { WEBHOOK_ENDPOINTS } from './account-queries';
import { WebhookEndpoint } from './webhook-endpoint';
import { WebhookForm } from './webhook-form';

/** Webhooks: where Parley posts your notices, each with its delivery log, and a new one. */
export function Webhooks() {
  const [{ data, error }, reload] = useQuery({ query: WEBHOOK_ENDPOINTS });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <section aria-labelledby="webhooks-heading" className="margin-top-6">
      <h2 id="webhooks-heading">Webhooks</h2>
      <p>
        Parley can post each of your notices to your firm’s software as it happens, signed so the software can
        tell it came from Parley.
      </p>
      {error && (
        <Alert type="error" headingLevel="h3" heading="Your webhooks could not be loaded" role="alert">
          {refusalOf(error).message}
        </Alert>
      )}
      {!data && !error && <p aria-live="polite">Loading your webhooks…</p>}
      {data && data.webhookEndpoints.length === 0 && <p>You have no webhooks.</p>}
      {data && data.webhookEndpoints.length > 0 && (
        <ul className="usa-list usa-list--unstyled">
          {data.webhookEndpoints.map((endpoint) => (
            <WebhookEndpoint key={endpoint.id} endpoint={endpoint} onChange={refresh} />
          ))}
        </ul>
      )}
      <WebhookForm onCreated={refresh} />
    </section>
  );
}
