import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubClient } from '../../test-client';
import { mailedPaper } from './mailed-paper.fixture';
import { RecordDisputeLetterForm } from './record-letter-forms';

const paper = mailedPaper;

/** His interrogatories, served on the defense. */
const HIS = {
  id: 's1',
  kind: 'INTERROGATORIES' as const,
  title: 'Plaintiff’s First Set of Interrogatories',
  status: 'SERVED' as const,
  servingParty: { id: 'luckert' },
  respondingParty: { id: 'ochoa' },
  items: [
    { id: 'i1', number: 1, text: 'Name every officer.', subparts: 0 },
    { id: 'i2', number: 2, text: 'Produce the report number.', subparts: 0 },
  ],
};

describe('his letter disputing the defense’s answers', () => {
  it('opens the dispute over the requests it names, with the day he handed it to prison staff', async () => {
    const done = vi.fn();
    const { wrap, executeMutation } = stubClient({
      data: { recordDisputeLetter: { id: 'd1', summary: 'No answers.' } },
    });
    render(wrap(<RecordDisputeLetterForm paper={paper(done)} sets={[HIS]} />));
    await userEvent.click(screen.getByLabelText('No. 2: Produce the report number.'));
    await userEvent.type(screen.getByLabelText(/^What Luckert says is wrong/), 'No answers.');
    await userEvent.type(screen.getByLabelText(/^What the letter says/), 'Please answer my questions.');
    await userEvent.type(screen.getByLabelText(/^Day handed to prison staff for mailing/), '2026-11-25');
    await userEvent.click(screen.getByRole('button', { name: 'Enter the letter and open the dispute' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        caseId: 'c1',
        itemIds: ['i2'],
        summary: 'No answers.',
        fromPartyId: 'luckert',
        sentOn: '2026-11-25',
        receivedOn: '2026-12-01',
        documentId: 'scan-1',
        body: 'Please answer my questions.',
      },
    });
    expect(done).toHaveBeenCalledWith(expect.stringMatching(/your letter goes to Luckert by mail/));
  });

  it('offers only requests he served on your side', () => {
    const { wrap } = stubClient();
    const ours = { ...HIS, servingParty: { id: 'ochoa' }, respondingParty: { id: 'luckert' } };
    render(wrap(<RecordDisputeLetterForm paper={paper()} sets={[ours]} />));
    expect(screen.getByText('Luckert has served no requests on your side to dispute.')).toBeInTheDocument();
  });
});
