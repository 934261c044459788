import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { SignatureForm } from './signature-form';

const DANA = {
  __typename: 'User' as const,
  id: 'u1',
  name: 'Dana Wu',
  signerProfile: {
    mailingAddress: '1 Market Street, Suite 2400\nSan Francisco, CA 94105',
    telephone: '(415) 555-0142',
    firm: 'Wu & Brannon Law Group LLP',
    barNumber: '214793',
  },
};

const phone = () => screen.getByLabelText(/Telephone/);

describe('the signature block', () => {
  it('shows what is saved in labelled fields, every line but the name optional', () => {
    const { wrap } = stubClient();
    render(wrap(<SignatureForm signer={DANA} />));
    expect(screen.getByLabelText('Your name as you sign it')).toHaveValue('Dana Wu');
    expect(screen.getByLabelText(/Mailing address/)).toHaveValue(DANA.signerProfile.mailingAddress);
    expect(screen.getByLabelText(/Mailing address/).tagName).toBe('TEXTAREA');
    expect(phone()).toHaveValue('(415) 555-0142');
    expect(screen.getByLabelText(/Firm or office \(for counsel; optional\)/)).not.toBeRequired();
    expect(screen.getByLabelText(/State Bar number/)).toHaveValue('214793');
    expect(screen.getByRole('button', { name: 'Save the signature block' })).toBeEnabled();
  });

  it('sends only what changed, shows the API’s refusal and keeps what was typed', async () => {
    const { wrap, executeMutation } = stubClient({
      refusal: { message: 'telephone must be a telephone number, like (415) 555-0100' },
    });
    render(wrap(<SignatureForm signer={DANA} />));
    await userEvent.clear(phone());
    await userEvent.type(phone(), 'call me');
    await userEvent.click(screen.getByRole('button', { name: 'Save the signature block' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('telephone must be a telephone number');
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ input: { telephone: 'call me' } });
    expect(phone()).toHaveValue('call me');
    expect(screen.queryByText('Saved')).not.toBeInTheDocument();
  });

  it('clears an emptied line with null, confirms the save and shows what the API kept', async () => {
    const { wrap, executeMutation } = stubClient({
      data: {
        updateSignerProfile: { ...DANA, signerProfile: { ...DANA.signerProfile, barNumber: null } },
      },
    });
    render(wrap(<SignatureForm signer={DANA} />));
    await userEvent.clear(screen.getByLabelText(/State Bar number/));
    await userEvent.click(screen.getByRole('button', { name: 'Save the signature block' }));
    expect(await screen.findByText('Papers you sign from now on carry this signature block.')).toBeVisible();
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ input: { barNumber: null } });
    expect(screen.getByLabelText(/State Bar number/)).toHaveValue('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
