import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { CaseDeadlines } from './case-deadlines';

const PARTIES = [
  { id: 'mine', name: 'J. Brannon' },
  { id: 'theirs', name: 'Luckert' },
];
const COMPLY = 'Comply with the court’s order (“Answer Interrogatory No. 2.”)';
const DEADLINES = [
  {
    id: 'd1',
    kind: 'RESPONSE_DUE',
    dueOn: '2026-12-01',
    status: 'OPEN',
    todo: 'Answer Luckert’s interrogatories (First Set)',
    partyId: 'mine',
  },
  { id: 'd2', kind: 'COMPLIANCE', dueOn: '2026-12-14', status: 'OPEN', todo: COMPLY, partyId: 'mine' },
  {
    id: 'd3',
    kind: 'AGREED_SUPPLEMENT',
    dueOn: '2026-12-20',
    status: 'OPEN',
    todo: 'Supplement the responses as agreed',
    partyId: 'theirs',
  },
  {
    id: 'd4',
    kind: 'RESPONSE_DUE',
    dueOn: '2026-10-01',
    status: 'CANCELLED',
    todo: 'Answer J. Brannon’s interrogatories (Old Set)',
    partyId: 'theirs',
  },
] as const;

describe('the deadlines of a case', () => {
  it('lists every deadline with whose it is and where it stands, in words', () => {
    const { wrap } = stubClient();
    render(wrap(<CaseDeadlines deadlines={DEADLINES} parties={PARTIES} mine={new Set(['mine'])} />));
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toBe('You: Answer Luckert’s interrogatories (First Set), by December 1, 2026 (open)');
    expect(items[2]).toBe('Luckert: Supplement the responses as agreed, by December 20, 2026 (open)');
    expect(items[3]).toBe(
      'Luckert: Answer J. Brannon’s interrogatories (Old Set), by October 1, 2026 (cancelled)',
    );
  });

  it('offers to report done only one’s own compliance or agreed supplement, and sends it', async () => {
    const { wrap, executeMutation } = stubClient({ data: { markDeadlineMet: { id: 'd2', status: 'MET' } } });
    render(wrap(<CaseDeadlines deadlines={DEADLINES} parties={PARTIES} mine={new Set(['mine'])} />));
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([`Report that this is done: ${COMPLY}`]);
    await userEvent.click(buttons[0]);
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ id: 'd2' });
  });

  it('shows the API’s refusal under the deadline', async () => {
    const { wrap } = stubClient({ refusal: { message: 'This deadline is already met.' } });
    render(wrap(<CaseDeadlines deadlines={DEADLINES} parties={PARTIES} mine={new Set(['mine'])} />));
    await userEvent.click(screen.getByRole('button', { name: `Report that this is done: ${COMPLY}` }));
    const item = screen.getAllByRole('listitem')[1];
    expect(await within(item).findByRole('alert')).toHaveTextContent('This deadline is already met.');
  });
});
