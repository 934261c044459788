import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SessionApi, SessionContext } from '../../session/session-context';
import { stubClientReading } from '../../test-client';
import { Mailings } from './mailings';

const MAILING = {
  id: 'm1',
  partyId: 'luckert',
  partyName: 'Luckert',
  address: 'CDCR #K-52713\nPelican Bay State Prison',
  paperKind: 'DISCOVERY_SET',
  paperTitle: 'Defendant J. Brannon’s First Set of Interrogatories',
  dueOn: '2026-12-28' as string | null,
  preparedAt: '2026-11-23T17:00:00Z',
  mailedOn: null as string | null,
};

function renderMailings(mailings: (typeof MAILING)[], ...answers: Parameters<typeof stubClientReading>[1][]) {
  const stub = stubClientReading(() => ({ mailings }), ...answers);
  const session = {
    fetchWithSession: () => Promise.reject(new Error('no paper here')),
  } as unknown as SessionApi;
  render(
    <SessionContext.Provider value={session}>
      {stub.wrap(<Mailings caseId="c1" today="2026-11-23" />)}
    </SessionContext.Provider>,
  );
  return stub;
}

describe('the papers to mail', () => {
  it('lists what waits to be mailed, with its address, its due date and its packet', () => {
    renderMailings([
      MAILING,
      {
        ...MAILING,
        id: 'm2',
        paperKind: 'LETTER',
        paperTitle: 'Letter of November 20, 2026',
        dueOn: null,
        mailedOn: '2026-11-20',
      },
    ]);
    expect(
      screen.getByText('1 of 2 not mailed yet: print each packet, mail it, and mark the day.'),
    ).toBeInTheDocument();
    const first = screen.getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(
      'Discovery requests: Defendant J. Brannon’s First Set of Interrogatories, to Luckert; answer due December 28, 2026.',
    );
    expect(first).toHaveTextContent('Pelican Bay State Prison');
    expect(within(first).getByRole('button', { name: 'Print the packet for Luckert' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('Mailed November 20, 2026.');
  });

  it('marks one mailed on the day given, and shows the API’s refusal keeping the day typed', async () => {
    const stub = renderMailings(
      [MAILING],
      {
        refusal: {
          message: 'mailedOn (November 30, 2026) is in the future: mark it mailed once it is in the mail.',
        },
      },
      { data: { markMailed: { id: 'm1', mailedOn: '2026-11-23', dueOn: '2026-12-28' } } },
    );
    const day = screen.getByLabelText('The day it went in the mail');
    expect(day).toHaveValue('2026-11-23');
    await userEvent.clear(day);
    await userEvent.type(day, '2026-11-30');
    await userEvent.click(screen.getByRole('button', { name: 'Mark it mailed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('is in the future');
    expect(day).toHaveValue('2026-11-30');
    await userEvent.clear(day);
    await userEvent.type(day, '2026-11-23');
    await userEvent.click(screen.getByRole('button', { name: 'Mark it mailed' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Marked mailed November 23, 2026; the certificate of service carries that day.',
    );
    expect(stub.executeMutation.mock.calls[1][0].variables).toEqual({
      input: { mailingId: 'm1', mailedOn: '2026-11-23' },
    });
  });

  it('says when there is nothing to mail', () => {
    renderMailings([]);
    expect(screen.getByText('Nothing for your side to mail.')).toBeInTheDocument();
  });
});
