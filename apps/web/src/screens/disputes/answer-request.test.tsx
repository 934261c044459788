import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { ConferralRequestView } from './dispute-queries';
import { AnswerRequest } from './request-actions';

const request: ConferralRequestView = {
  id: 'r1',
  mode: 'TELEPHONE',
  requestedAt: '2026-11-30T14:00:00Z',
  fromPartyId: 'p1',
  message: 'Please call.',
  status: 'PENDING',
  proposedTimes: ['2027-01-12T18:00:00Z', '2027-01-13T22:30:00Z'],
  answerByOn: '2026-12-10',
  answeredAt: null,
  answeredLate: false,
  answerMessage: null,
  acceptedTime: null,
  counterTimes: null,
};

const refusal = (message: string) => ({ refusal: { message } });

function renderWith(answers: ReturnType<typeof refusal>[]) {
  const stub = stubClient(...answers);
  render(stub.wrap(<AnswerRequest request={request} zone="America/Los_Angeles" onDone={() => undefined} />));
  return stub;
}

const sent = (stub: ReturnType<typeof renderWith>) =>
  stub.executeMutation.mock.calls.map((c) => c[0].variables);

describe('answering a request to confer', () => {
  it('offers each proposed time on the court’s clock, and asks for times only when countering', async () => {
    renderWith([]);
    expect(screen.getByLabelText('I can confer January 12, 2027, 10:00 a.m. PST')).toBeInTheDocument();
    expect(screen.getByLabelText('I can confer January 13, 2027, 2:30 p.m. PST')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^A time you offer/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('None of these times: I offer others'));
    expect(screen.getByLabelText(/^A time you offer/)).toBeRequired();
  });

  it('sends the time taken as the instant it is, and keeps the message when the API refuses', async () => {
    const stub = renderWith([refusal('This request was already answered (accepted).')]);
    await userEvent.click(screen.getByLabelText('I can confer January 13, 2027, 2:30 p.m. PST'));
    await userEvent.type(screen.getByLabelText(/^A message to the other side/), 'Counsel will call.');
    await userEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This request was already answered (accepted).',
    );
    expect(sent(stub)).toEqual([
      {
        input: {
          requestId: 'r1',
          answer: 'ACCEPT',
          acceptedTime: '2027-01-13T22:30:00Z',
          counterTimes: null,
          message: 'Counsel will call.',
        },
      },
    ]);
    expect(screen.getByLabelText(/^A message to the other side/)).toHaveValue('Counsel will call.');
  });

  it('reads a counter-offered time on the court’s clock, whatever the browser’s zone', async () => {
    const stub = renderWith([refusal('Every time offered (counterTimes) must still be ahead.')]);
    await userEvent.click(screen.getByLabelText('None of these times: I offer others'));
    await userEvent.type(screen.getByLabelText(/^A time you offer/), '2027-07-01T09:15');
    await userEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    await screen.findByRole('alert');
    expect(sent(stub)).toMatchObject([
      { input: { answer: 'COUNTER', counterTimes: ['2027-07-01T16:15:00Z'] } },
    ]);
  });
});
