import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubClient } from '../../test-client';
import { ClawbackList, ClawbackNotice } from './clawback-parts';

const CLAWBACK = {
  id: 'cb1',
  batesRange: 'DEF0000006',
  pages: 1,
  basis: 'Attorney-client privilege: counsel’s notes, produced inadvertently (FRE 502(b))',
  requestedAt: '2026-12-01T16:43:00Z',
  answerDueOn: '2026-12-08',
  outcome: null,
  answeredAt: null,
  withdrawnAt: null,
};

describe('a clawback served on the receiving side', () => {
  it('says what was clawed back and by when to answer, and sends the answer chosen', async () => {
    const answered = vi.fn();
    const { wrap, executeMutation } = stubClient({
      data: { acknowledgeClawback: { id: 'cb1', outcome: 'SEQUESTERED' } },
    });
    render(wrap(<ClawbackNotice clawback={CLAWBACK} producingParty="J. Brannon" onAnswered={answered} />));
    expect(
      screen.getByRole('heading', { name: 'Pages clawed back: DEF0000006 (1 page)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Say what you did with them by December 8, 2026.')).toBeInTheDocument();
    // Each answer in plain words, none of the API's codes.
    expect(screen.getByText(/nobody reads, uses or shares them/)).toBeInTheDocument();
    expect(screen.queryByText(/SEQUESTERED|CHALLENGED/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText(/^Sequester them/));
    await userEvent.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: { clawbackId: 'cb1', outcome: 'SEQUESTERED' },
    });
    expect(answered).toHaveBeenCalled();
  });

  it('asks for an answer before sending, and shows a refusal in the API’s words', async () => {
    const { wrap, executeMutation } = stubClient({
      refusal: { message: 'This clawback was already answered: the pages were returned.' },
    });
    render(
      wrap(<ClawbackNotice clawback={CLAWBACK} producingParty="J. Brannon" onAnswered={() => undefined} />),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose your answer about the pages.');
    expect(executeMutation).not.toHaveBeenCalled();
    await userEvent.click(screen.getByLabelText(/^Challenge the claim/));
    await userEvent.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This clawback was already answered');
  });

  it('lists each clawback with its answer once given, or its withdrawal', () => {
    render(
      <ClawbackList
        zone="America/Los_Angeles"
        canWithdraw={false}
        onWithdrawn={() => undefined}
        clawbacks={[
          { ...CLAWBACK, outcome: 'RETURNED', answeredAt: '2026-12-02T18:00:00Z' },
          { ...CLAWBACK, id: 'cb2', batesRange: 'DEF0000007–DEF0000008', pages: 2 },
          { ...CLAWBACK, id: 'cb3', batesRange: 'DEF0000009', withdrawnAt: '2026-12-03T18:00:00Z' },
        ]}
      />,
    );
    expect(
      screen.getByText(/Withdrawn December 3, 2026, 10:00 a\.m\. PST: the pages may be used again\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Withdraw the claim/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Answered December 2, 2026, 10:00 a\.m\. PST: Returned, no copy kept\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Not answered yet; the answer is due December 8, 2026\./)).toBeInTheDocument();
  });

  it('lets the producing side withdraw a claim it gives up', async () => {
    const withdrawn = vi.fn();
    const { wrap, executeMutation } = stubClient({
      data: { withdrawClawback: { id: 'cb1', withdrawnAt: 'x' } },
    });
    render(
      wrap(
        <ClawbackList
          zone="America/Los_Angeles"
          canWithdraw
          onWithdrawn={withdrawn}
          clawbacks={[CLAWBACK]}
        />,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw the claim over DEF0000006' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ clawbackId: 'cb1' });
    expect(withdrawn).toHaveBeenCalled();
  });
});
