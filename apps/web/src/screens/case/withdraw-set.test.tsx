import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { WithdrawSet } from './withdraw-set';

const SET = { id: 's1', title: 'First Set of Requests for Production' };

describe('withdrawing a served set', () => {
  it('asks first, and sends nothing when the user keeps the set', async () => {
    const { wrap, executeMutation } = stubClient();
    render(wrap(<WithdrawSet set={SET} />));
    await userEvent.click(screen.getByRole('button', { name: `Withdraw “${SET.title}”` }));
    expect(
      screen.getByText(`Withdraw “${SET.title}” for good? Its response deadline is cancelled.`),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: `Keep “${SET.title}”` }));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: `Withdraw “${SET.title}”` })).toBeVisible();
  });

  it('withdraws it on the second click', async () => {
    const { wrap, executeMutation } = stubClient({
      data: { withdrawDiscoverySet: { id: 's1', status: 'WITHDRAWN' } },
    });
    render(wrap(<WithdrawSet set={SET} />));
    await userEvent.click(screen.getByRole('button', { name: `Withdraw “${SET.title}”` }));
    await userEvent.click(screen.getByRole('button', { name: `Yes, withdraw “${SET.title}”` }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ setId: 's1' });
  });

  it('shows the API’s refusal next to the set', async () => {
    const { wrap } = stubClient({
      refusal: { message: 'This set is responded; only a set awaiting responses can be withdrawn.' },
    });
    render(wrap(<WithdrawSet set={SET} />));
    await userEvent.click(screen.getByRole('button', { name: `Withdraw “${SET.title}”` }));
    await userEvent.click(screen.getByRole('button', { name: `Yes, withdraw “${SET.title}”` }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This set is responded; only a set awaiting responses can be withdrawn.',
    );
  });
});
