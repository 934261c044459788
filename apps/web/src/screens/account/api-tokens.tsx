import { Alert, Table } from '@trussworks/react-uswds';
import { useQuery } from 'urql';
import { refusalOf } from '../../components/refusal';
import { API_TOKENS, ApiTokenRow, REVOKE_API_TOKEN } from './account-queries';
import { MutationButton } from '../../components/mutation-button';
import { TokenForm } from './token-form';
import { spokenMoment, spokenName } from './words';

function TokenRow({ token, onChange }: { token: ApiTokenRow; onChange: () => void }) {
  return (
    <tr>
      <th scope="row" data-label="Token">
        {token.name}
      </th>
      <td data-label="May">{token.scopes.map(spokenName).join(' and ')}</td>
      <td data-label="Created">{spokenMoment(token.createdAt)}</td>
      <td data-label="Last used">{token.lastUsedAt ? spokenMoment(token.lastUsedAt) : 'Never'}</td>
      <td data-label="Expires">{token.expiresAt ? spokenMoment(token.expiresAt) : 'Never'}</td>
      <td data-label="Revoked">
        {token.revokedAt ? (
          spokenMoment(token.revokedAt)
        ) : (
          <>
            <span className="display-block margin-bottom-1">Not revoked</span>
            <MutationButton
              document={REVOKE_API_TOKEN}
              variables={{ id: token.id }}
              label={`Revoke ${token.name}`}
              secondary
              onDone={onChange}
            />
          </>
        )}
      </td>
    </tr>
  );
}

/** Personal API tokens: what exists, a new one (its secret once), and revoking one. */
export function ApiTokens() {
  const [{ data, error }, reload] = useQuery({ query: API_TOKENS });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <section aria-labelledby="tokens-heading" className="margin-top-4">
      <h2 id="tokens-heading">API tokens</h2>
      <p>A token lets your firm’s software use Parley as you, without your password.</p>
      {error && (
        <Alert type="error" headingLevel="h3" heading="Your tokens could not be loaded" role="alert">
          {refusalOf(error).message}
        </Alert>
      )}
      {!data && !error && <p aria-live="polite">Loading your tokens…</p>}
      {data && data.apiTokens.length === 0 && <p>You have no API tokens.</p>}
      {data && data.apiTokens.length > 0 && (
        <Table fullWidth stackedStyle="default" caption="Your API tokens">
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">May</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">Revoked</th>
            </tr>
          </thead>
          <tbody>
            {data.apiTokens.map((token) => (
              <TokenRow key={token.id} token={token} onChange={refresh} />
            ))}
          </tbody>
        </Table>
      )}
      <TokenForm onCreated={refresh} />
    </section>
  );
}
