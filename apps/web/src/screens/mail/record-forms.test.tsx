import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubClient } from '../../test-client';
import { mailedPaper } from './mailed-paper.fixture';
import { RecordResponseForm } from './record-forms';
import { RecordLetterForm } from './record-letter-forms';

const paper = mailedPaper;

const SET = {
  id: 's1',
  kind: 'INTERROGATORIES' as const,
  title: 'First Set of Interrogatories',
  status: 'SERVED' as const,
  servingParty: { id: 'ochoa' },
  respondingParty: { id: 'luckert' },
  items: [{ id: 'i1', number: 1, text: 'Where were you on June 2?', subparts: 0 }],
};

describe('entering what came by mail', () => {
  it('sends his answers with the day he handed them to prison staff, as noon on the court’s clock', async () => {
    const done = vi.fn();
    const { wrap, executeMutation } = stubClient({ data: { recordResponse: { id: 'r1', late: false } } });
    render(wrap(<RecordResponseForm paper={paper(done)} sets={[SET]} />));
    await userEvent.type(screen.getByLabelText('Answer to No. 1'), 'In the infirmary.');
    await userEvent.type(screen.getByLabelText(/^Day handed to prison staff for mailing/), '2026-11-27');
    await userEvent.click(screen.getByRole('button', { name: 'Enter the answers' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        setId: 's1',
        method: 'MAIL',
        servedAt: '2026-11-27T20:00:00Z',
        receivedOn: '2026-12-01',
        documentId: 'scan-1',
        items: [
          { itemId: 'i1', answer: 'In the infirmary.', objections: [], admission: null, production: null },
        ],
      },
    });
    expect(done).toHaveBeenCalledWith('Entered the answers.');
  });

  it('says when no set of yours awaits his answers', () => {
    const { wrap } = stubClient();
    render(wrap(<RecordResponseForm paper={paper()} sets={[{ ...SET, status: 'WITHDRAWN' as const }]} />));
    expect(
      screen.getByText('Your side has served no requests on Luckert that await answers.'),
    ).toBeInTheDocument();
  });

  it('sends his letter with the dispute it is about, and keeps what was typed when refused', async () => {
    const { wrap, executeMutation } = stubClient({
      refusal: {
        message: 'The day it was handed to prison staff for mailing (December 9, 2026) is in the future.',
      },
    });
    const disputes = [
      {
        id: 'd1',
        status: 'CONFERRING' as const,
        summary: 'The answer to No. 2 is evasive.',
        requestingParty: { id: 'ochoa' },
        respondingParty: { id: 'luckert' },
      },
    ];
    render(wrap(<RecordLetterForm paper={paper()} disputes={disputes} />));
    await userEvent.type(screen.getByLabelText(/^What the letter says/), 'I do not know their names.');
    await userEvent.type(screen.getByLabelText(/^Day handed to prison staff for mailing/), '2026-12-09');
    await userEvent.click(screen.getByRole('button', { name: 'Enter the letter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('is in the future');
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        disputeId: 'd1',
        fromPartyId: 'luckert',
        sentOn: '2026-12-09',
        receivedOn: '2026-12-01',
        documentId: 'scan-1',
        body: 'I do not know their names.',
      },
    });
    expect(screen.getByLabelText(/^What the letter says/)).toHaveValue('I do not know their names.');
  });
});
