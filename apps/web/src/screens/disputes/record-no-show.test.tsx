import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { ConferralRequestView } from './dispute-queries';
import { missedTimes, RecordNoShow } from './request-actions';

const countered: ConferralRequestView = {
  id: 'r1',
  mode: 'TELEPHONE',
  requestedAt: '2026-06-01T14:00:00Z',
  fromPartyId: 'p1',
  message: 'Please call.',
  status: 'COUNTERED',
  proposedTimes: ['2026-06-03T17:00:00Z'],
  answerByOn: '2026-06-11',
  answeredAt: '2026-06-02T14:00:00Z',
  answeredLate: false,
  answerMessage: null,
  acceptedTime: null,
  counterTimes: ['2026-06-04T17:00:00Z', '2026-06-09T17:00:00Z'],
};

describe('recording that the other side did not come', () => {
  it('offers only the times the other side took or offered that have passed', () => {
    const now = Date.parse('2026-06-05T00:00:00Z');
    expect(missedTimes(countered, now)).toEqual(['2026-06-04T17:00:00Z']);
    expect(
      missedTimes({ ...countered, status: 'ACCEPTED', acceptedTime: '2026-06-03T17:00:00Z' }, now),
    ).toEqual(['2026-06-03T17:00:00Z']);
    expect(missedTimes({ ...countered, status: 'DECLINED', counterTimes: null }, now)).toEqual([]);
  });

  it('sends the time chosen and keeps the note when the API refuses', async () => {
    const stub = stubClient({ refusal: { message: 'The other side has already confirmed it attended.' } });
    const times = ['2026-06-04T17:00:00Z', '2026-06-09T17:00:00Z'];
    render(
      stub.wrap(
        <RecordNoShow
          request={countered}
          zone="America/Los_Angeles"
          times={times}
          onDone={() => undefined}
        />,
      ),
    );
    await userEvent.click(screen.getByLabelText('June 9, 2026, 10:00 a.m. PDT'));
    const note = screen.getByLabelText(/^What happened/);
    await userEvent.type(note, 'I waited on the legal line for 30 minutes.');
    await userEvent.click(screen.getByRole('button', { name: 'Record that they did not come' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('already confirmed');
    expect(stub.executeMutation.mock.calls.map((c) => c[0].variables)).toEqual([
      {
        input: {
          requestId: 'r1',
          scheduledFor: '2026-06-09T17:00:00Z',
          note: 'I waited on the legal line for 30 minutes.',
        },
      },
    ]);
    expect(note).toHaveValue('I waited on the legal line for 30 minutes.');
  });
});
