import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubClientReading } from '../../test-client';
import { CaseSet } from './case-queries';
import { disputeInput, OpenDispute } from './open-dispute';

const navigate = vi.fn();
vi.mock('@tanstack/react-router', () => ({ useNavigate: () => navigate }));

const RFP = {
  id: 'rfp',
  kind: 'PRODUCTION',
  title: 'Plaintiff’s First Request for Production of Documents',
  status: 'RESPONDED',
  items: [
    { id: 'i1', number: 1, text: 'The incident report.' },
    { id: 'i3', number: 3, text: 'All communications about the grievance.' },
  ],
} as unknown as CaseSet;

const ENTRY = {
  id: 'e1',
  number: 1,
  served: true,
  date: '2012-03-22',
  documentType: 'Email',
  subject: 'Legal advice on the response to Plaintiff’s grievance',
  privilege: 'ATTORNEY_CLIENT',
  requestItemIds: ['i3'],
  requestNumbers: [3],
};

describe('a dispute over privilege log entries', () => {
  it('adds the requests an entry withholds from to the items, once each', () => {
    expect(disputeInput('c1', 'Not privileged.', ['i3', 'i1'], { e1: ['i3'], e2: ['i2'] })).toEqual({
      caseId: 'c1',
      summary: 'Not privileged.',
      itemIds: ['i3', 'i1', 'i2'],
      privilegeLogEntryIds: ['e1', 'e2'],
    });
    expect(disputeInput('c1', 'Evasive.', ['i1'], {})).toEqual({
      caseId: 'c1',
      summary: 'Evasive.',
      itemIds: ['i1'],
    });
  });

  it('offers the served entries of the other side’s log, never its drafts, and sends the ones chosen', async () => {
    const { wrap, executeMutation } = stubClientReading(
      () => ({ privilegeLogEntries: [ENTRY, { ...ENTRY, id: 'draft', served: false, number: null }] }),
      { data: { openDispute: { id: 'd9' } } },
    );
    render(wrap(<OpenDispute caseId="c1" sets={[RFP]} />));
    const entries = screen.getByRole('group', { name: `Privilege log entries for “${RFP.title}”` });
    expect(within(entries).getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Open the dispute' })).toBeDisabled();
    await userEvent.click(within(entries).getByLabelText(/^Log entry No\. 1: Email, March 22, 2012/));
    await userEvent.type(
      screen.getByLabelText('What is wrong with the answers'),
      'The email is not privileged.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open the dispute' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        caseId: 'c1',
        summary: 'The email is not privileged.',
        itemIds: ['i3'],
        privilegeLogEntryIds: ['e1'],
      },
    });
    expect(navigate).toHaveBeenCalledWith({ to: '/disputes/$disputeId', params: { disputeId: 'd9' } });
  });
});
