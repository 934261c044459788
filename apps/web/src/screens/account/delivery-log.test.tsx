import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Client, Provider } from 'urql';
import { DeliveryLog } from './delivery-log';

const delivery = (id: string, status: string) => ({
  id,
  kind: 'DEADLINE_MET',
  status,
  attempts: 2,
  lastStatusCode: status === 'FAILED' ? 503 : 200,
  lastError: status === 'FAILED' ? 'Service Unavailable' : null,
  createdAt: '2026-06-03T17:30:00Z',
  deliveredAt: status === 'DELIVERED' ? '2026-06-03T17:31:00Z' : null,
});

/** The log's two pages, as the API would give them: the second only after the first's endCursor. */
function stubClient(pages: Record<string, object>) {
  const asked: Array<string | null> = [];
  const client = {
    query: (_document: unknown, variables: { after: string | null }) => ({
      toPromise: async () => {
        asked.push(variables.after);
        return { data: { webhookDeliveries: pages[variables.after ?? 'first'] } };
      },
    }),
  } as unknown as Client;
  return { client, asked };
}

function renderLog(client: Client) {
  render(
    <Provider value={client}>
      <DeliveryLog endpointId="e1" label="Docketing system" />
    </Provider>,
  );
}

describe('an endpoint’s delivery log', () => {
  it('says so in words when nothing has been sent', async () => {
    renderLog(stubClient({ first: { edges: [], pageInfo: { endCursor: null, hasNextPage: false } } }).client);
    expect(screen.getByText('Loading the delivery log…')).toBeInTheDocument();
    expect(await screen.findByText('No notices have been sent to this endpoint yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('adds the next page after the API’s endCursor when asked, keeping the first', async () => {
    const { client, asked } = stubClient({
      first: {
        edges: [{ node: delivery('d2', 'FAILED') }],
        pageInfo: { endCursor: 'c1', hasNextPage: true },
      },
      c1: {
        edges: [{ node: delivery('d1', 'DELIVERED') }],
        pageInfo: { endCursor: 'c2', hasNextPage: false },
      },
    });
    renderLog(client);
    expect(await screen.findByText('HTTP 503: Service Unavailable')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Show more deliveries to Docketing system' }));
    expect(await screen.findByText('HTTP 200')).toBeInTheDocument();
    expect(screen.getByText('HTTP 503: Service Unavailable')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
    expect(asked.at(-1)).toBe('c1');
  });
});
