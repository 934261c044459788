import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { OnboardStaffForm } from './onboard-staff-form';

async function fillIn() {
  await userEvent.type(screen.getByLabelText('Name'), 'Courtroom Deputy Ruiz');
  await userEvent.type(screen.getByLabelText(/Email address/), 'ruiz@cand.parley.demo');
  await userEvent.type(screen.getByLabelText(/First password/), 'kettle orchard violet canal');
  await userEvent.click(screen.getByRole('button', { name: 'Open the account' }));
}

describe('opening a court staff account', () => {
  it('shows the password it was opened with once, then forgets it', async () => {
    const { wrap } = stubClient({ data: { createCourtStaff: { id: 'u1' } } });
    render(wrap(<OnboardStaffForm courtId="c1" heading="Add a colleague" />));
    await fillIn();
    const opened = await screen.findByRole('status');
    expect(opened).toHaveTextContent('Account opened for Courtroom Deputy Ruiz');
    expect(opened).toHaveTextContent('kettle orchard violet canal');
    expect(screen.getByLabelText(/First password/)).toHaveValue('');
  });

  it('keeps everything typed when the API refuses', async () => {
    const { wrap } = stubClient({
      refusal: { message: 'This court already has staff; only its staff can add another account.' },
    });
    render(wrap(<OnboardStaffForm courtId="c1" heading="Open the court’s first staff account" />));
    await fillIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('This court already has staff');
    expect(screen.getByLabelText('Name')).toHaveValue('Courtroom Deputy Ruiz');
    expect(screen.getByLabelText(/First password/)).toHaveValue('kettle orchard violet canal');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
