import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { PartyAddresses } from './party-addresses';

const PARTIES = [
  { id: 'p1', name: 'M. Ortiz', mailingAddress: null },
  { id: 'p2', name: 'Brannon Corrections LLC', mailingAddress: '1 Market St.\nSan Francisco, CA 94105' },
];

describe('the parties’ mailing addresses', () => {
  it('shows each address, or says that papers cannot be mailed without one', () => {
    const { wrap } = stubClient();
    render(wrap(<PartyAddresses parties={PARTIES} />));
    const ortiz = screen.getByRole('region', { name: 'Set the mailing address of M. Ortiz' });
    expect(ortiz).toHaveTextContent('No address yet: papers cannot be mailed to it.');
    const brannon = screen.getByRole('region', {
      name: 'Set the mailing address of Brannon Corrections LLC',
    });
    expect(brannon).toHaveTextContent('On file:1 Market St. San Francisco, CA 94105');
  });

  it('shows the API’s refusal and keeps the typed address', async () => {
    const { wrap, executeMutation } = stubClient({
      refusal: {
        message: 'Only the party’s own counsel or pro se litigant may set its address.',
        rule: 'FRCP 5(b)(2)(C)',
      },
    });
    render(wrap(<PartyAddresses parties={PARTIES} />));
    const lines = screen.getByLabelText(/^New address of M\. Ortiz/);
    await userEvent.type(lines, '1200 Harbor Way{Enter}Oakland, CA 94607');
    await userEvent.click(screen.getByRole('button', { name: 'Save the address of M. Ortiz' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only the party’s own counsel or pro se litigant may set its address. (FRCP 5(b)(2)(C))',
    );
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: { partyId: 'p1', mailingAddress: '1200 Harbor Way\nOakland, CA 94607' },
    });
    expect(lines).toHaveValue('1200 Harbor Way\nOakland, CA 94607');
  });

  it('says the address is saved and empties the field', async () => {
    const { wrap } = stubClient({ data: { setPartyAddress: { id: 'p1', mailingAddress: 'Box 1' } } });
    render(wrap(<PartyAddresses parties={PARTIES} />));
    await userEvent.type(screen.getByLabelText(/^New address of M\. Ortiz/), 'Box 1');
    await userEvent.click(screen.getByRole('button', { name: 'Save the address of M. Ortiz' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The address of M. Ortiz is saved.');
    expect(screen.getByLabelText(/^New address of M\. Ortiz/)).toHaveValue('');
  });
});
