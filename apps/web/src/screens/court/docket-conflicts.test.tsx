import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Client, Provider } from 'urql';
import { DocketConflicts } from './docket-conflicts';

vi.mock('./use-court-zone', () => ({ useCourtZone: () => 'America/Los_Angeles' }));

const claim = (caseId: string, title: string, onParley: boolean) => ({
  caseId,
  title,
  claimedAt: '2026-06-03T17:30:00Z',
  parties: [
    { name: 'R. Luckert', side: 'PLAINTIFF', onParley },
    { name: 'J. Brannon', side: 'DEFENDANT', onParley: true },
  ],
});
const conflict = (docketNumber: string) => ({
  docketNumber,
  claims: [
    claim(`${docketNumber}-a`, 'Luckert v. Brannon', true),
    claim(`${docketNumber}-b`, 'Luckert v Brannon', false),
  ],
});

/** The API's pages as a list: the next one after the docket number the screen names. */
function stubClient(pages: Record<string, object[]>) {
  const asked: Array<{ first: number; after: string | null }> = [];
  const client = {
    query: (_document: unknown, variables: { first: number; after: string | null }) => ({
      toPromise: async () => {
        asked.push(variables);
        return { data: { docketConflicts: pages[variables.after ?? 'first'] } };
      },
    }),
  } as unknown as Client;
  return { client, asked };
}

function renderScreen(client: Client) {
  render(
    <Provider value={client}>
      <DocketConflicts />
    </Provider>,
  );
}

describe('the docket conflicts', () => {
  it('says so in words when no docket number is claimed twice', async () => {
    renderScreen(stubClient({ first: [] }).client);
    expect(await screen.findByText('No docket number is claimed by more than one case.')).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('reads each claim in plain words and goes on after the last number shown', async () => {
    const firstPage = Array.from({ length: 21 }, (_, i) => conflict(`C 26-${String(i).padStart(4, '0')}`));
    const { client, asked } = stubClient({ first: firstPage, 'C 26-0019': [conflict('C 26-0021')] });
    renderScreen(client);
    expect(await screen.findByRole('heading', { name: 'No. C 26-0000' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(20);
    // The second claim of the first number: its caption, when, and every party as a docket names it.
    expect(screen.getAllByText(/claimed on Parley June 3, 2026, 10:30 a\.m\. PDT\./)[1]).toHaveTextContent(
      'Luckert v Brannon, claimed on Parley June 3, 2026, 10:30 a.m. PDT. Parties: R. Luckert (plaintiff, nobody on Parley); J. Brannon (defendant, represented on Parley).',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show more docket numbers' }));
    expect(await screen.findByRole('heading', { name: 'No. C 26-0021' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(21);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(asked).toEqual([
      { first: 21, after: null },
      { first: 21, after: 'C 26-0019' },
    ]);
  });
});
