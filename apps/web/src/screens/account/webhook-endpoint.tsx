import { DELETE_WEBHOOK, ENABLE_WEBHOOK, WebhookEndpointRow } from './account-queries';
import { DeliveryLog } from './delivery-log';
import { MutationButton } from '../../components/mutation-button';
import { spokenMoment } from './words';

/** One endpoint: where it is, whether Parley still calls it (and why not), its buttons and its log. */
export function WebhookEndpoint({
  endpoint,
  onChange,
}: {
  endpoint: WebhookEndpointRow;
  onChange: () => void;
}) {
  const label = endpoint.description || endpoint.url;
  return (
    <li className="border-top-1px border-base-lighter padding-y-2">
      <h3 className="margin-bottom-1" style={{ overflowWrap: 'anywhere' }}>
        {endpoint.url}
      </h3>
      {endpoint.description && <p className="margin-y-1">{endpoint.description}</p>}
      <p className="margin-y-1">
        {endpoint.enabled
          ? 'On: Parley sends your notices here.'
          : `Off: ${endpoint.disabledReason ?? 'Parley stopped sending notices here.'}`}{' '}
        {endpoint.consecutiveFailures === 0
          ? 'No failed deliveries in a row.'
          : `${endpoint.consecutiveFailures} failed ${endpoint.consecutiveFailures === 1 ? 'delivery' : 'deliveries'} in a row.`}{' '}
        Added {spokenMoment(endpoint.createdAt)}.
      </p>
      <div className="margin-y-1">
        {!endpoint.enabled && (
          <MutationButton
            document={ENABLE_WEBHOOK}
            variables={{ id: endpoint.id }}
            label={`Turn ${label} back on`}
            onDone={onChange}
          />
        )}
        <MutationButton
          document={DELETE_WEBHOOK}
          variables={{ id: endpoint.id }}
          label={`Delete ${label}`}
          secondary
          onDone={onChange}
        />
      </div>
      <DeliveryLog endpointId={endpoint.id} label={label} />
    </li>
  );
}
