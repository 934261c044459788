import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClientReading } from '../../test-client';
import { DiscoveryOrders } from './discovery-orders';
import { DiscoveryOrder } from './housekeeping-queries';

const PARTIES = [
  { id: 'ortiz', name: 'M. Ortiz' },
  { id: 'brannon', name: 'Brannon Corrections LLC' },
];
const PROPOSED: DiscoveryOrder = {
  id: 'o1',
  kind: 'INTERROGATORY_LIMIT',
  basis: 'STIPULATION',
  status: 'PROPOSED',
  interrogatoryLimit: 30,
  source: 'Stipulation of the parties, Dkt. 12, ¶ 2',
  proposedByPartyId: 'brannon',
  agreedPartyIds: ['brannon'],
  effectiveAt: null,
  recordedAt: '2026-11-30T14:00:00Z',
};

function renderOrders(orders: DiscoveryOrder[], ...answers: Parameters<typeof stubClientReading>[1][]) {
  const stub = stubClientReading(() => ({ discoveryOrders: orders }), ...answers);
  render(stub.wrap(<DiscoveryOrders caseId="case-1" parties={PARTIES} zone="America/Los_Angeles" />));
  return stub;
}

describe('stipulations and orders', () => {
  it('says the defaults apply when there are none', () => {
    renderOrders([]);
    expect(screen.getByText('None: the Federal Rules’ defaults apply.')).toBeVisible();
  });

  it('shows a proposal in words: its terms, source, who stipulated and who is awaited', () => {
    renderOrders([
      PROPOSED,
      {
        ...PROPOSED,
        id: 'o2',
        kind: 'EARLY_DISCOVERY',
        basis: 'COURT_ORDER',
        status: 'IN_EFFECT',
        interrogatoryLimit: null,
        source: 'Order, Dkt. 7',
        agreedPartyIds: [],
        effectiveAt: '2026-11-02T18:00:00Z',
      },
    ]);
    const [proposal, order] = screen.getAllByRole('listitem');
    expect(proposal).toHaveTextContent(
      'How many interrogatories each party may serve on another: 30. Stipulation; source: Stipulation of the parties, Dkt. 12, ¶ 2. Proposed, not in effect until every party stipulates; waiting for M. Ortiz. Stipulated so far by Brannon Corrections LLC.',
    );
    expect(order).toHaveTextContent(
      'Discovery before the Rule 26(f) conference: allowed. Ordered by the court; source: Order, Dkt. 7. In effect since November 2, 2026, 10:00 a.m. PST.',
    );
  });

  it('sends a limit as typed and keeps it and the source when the API refuses', async () => {
    const { executeMutation } = renderOrders([], {
      refusal: { message: 'interrogatoryLimit must not be greater than 1000' },
    });
    await userEvent.type(screen.getByLabelText(/^Interrogatories each party may serve/), '5000');
    await userEvent.type(screen.getByLabelText(/^Where the change comes from/), 'Dkt. 12');
    await userEvent.click(screen.getByRole('button', { name: 'Stipulate to this change' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'interrogatoryLimit must not be greater than 1000',
    );
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: { caseId: 'case-1', kind: 'INTERROGATORY_LIMIT', interrogatoryLimit: 5000, source: 'Dkt. 12' },
    });
    expect(screen.getByLabelText(/^Interrogatories each party may serve/)).toHaveValue('5000');
    expect(screen.getByLabelText(/^Where the change comes from/)).toHaveValue('Dkt. 12');
  });

  it('asks for a number only for an interrogatory limit', async () => {
    const { executeMutation } = renderOrders([], {
      data: { recordDiscoveryOrder: { id: 'o3', status: 'PROPOSED' } },
    });
    await userEvent.selectOptions(screen.getByLabelText('What changes'), 'EARLY_DISCOVERY');
    expect(screen.queryByLabelText(/^Interrogatories each party may serve/)).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Where the change comes from/), 'Dkt. 12');
    await userEvent.click(screen.getByRole('button', { name: 'Stipulate to this change' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: { caseId: 'case-1', kind: 'EARLY_DISCOVERY', interrogatoryLimit: null, source: 'Dkt. 12' },
    });
  });
});
