import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { JobQueues } from './job-queues';

const BOARD = 'http://127.0.0.1:3000/admin/queues/enter#ticket';

describe('the background jobs on the admin’s first screen', () => {
  it('names every queue of the schema in a button that says what it does', () => {
    const { wrap } = stubClient();
    render(wrap(<JobQueues />));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Get a link to the queue board',
      'Run the failed notification jobs again',
      'Run the failed deadline jobs again',
      'Run the failed delivery jobs again',
    ]);
  });

  it('gives the board’s link to click, with when it stops working', async () => {
    const { wrap } = stubClient({
      data: { queueBoardLink: { url: BOARD, expiresAt: '2031-11-27T17:45:00Z' } },
    });
    render(wrap(<JobQueues />));
    await userEvent.click(screen.getByRole('button', { name: 'Get a link to the queue board' }));
    expect(await screen.findByRole('link', { name: 'Open the queue board' })).toHaveAttribute('href', BOARD);
    expect(
      screen.getByText(/The link works until November 27, 2031, \d+:45 [ap]\.m\. \w+; after that/),
    ).toBeVisible();
  });

  it('says in words how many failed jobs were run again, none included, and which queue it asked for', async () => {
    const { wrap, executeMutation } = stubClient(
      { data: { retryFailedJobs: 0 } },
      { data: { retryFailedJobs: 3 } },
    );
    render(wrap(<JobQueues />));
    await userEvent.click(screen.getByRole('button', { name: 'Run the failed deadline jobs again' }));
    expect(await screen.findByText('No deadline job had failed: nothing was run again.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Run the failed delivery jobs again' }));
    expect(await screen.findByText('3 failed delivery jobs were run again.')).toBeVisible();
    expect(executeMutation.mock.calls.map((c) => c[0].variables)).toEqual([
      { queue: 'Deadlines' },
      { queue: 'Deliveries' },
    ]);
  });

  it('shows the API’s refusal in its words', async () => {
    const { wrap } = stubClient({ refusal: { message: 'Only an admin may do this.' } });
    render(wrap(<JobQueues />));
    await userEvent.click(screen.getByRole('button', { name: 'Run the failed notification jobs again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only an admin may do this.');
  });
});
