import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubClient } from '../../test-client';
import { EMPTY_ENTRY, EntryForm, entryInput } from './entry-form';

const ITEMS = [
  { id: 'i1', number: 1, text: 'The incident report.' },
  { id: 'i3', number: 3, text: 'All communications about the grievance.' },
];
const WHERE = { caseId: 'c1', setId: 'rfp', producingPartyId: 'brannon' };

describe('a privilege log entry', () => {
  it('takes recipients one per line, and leaves the optional fields out when empty', () => {
    expect(
      entryInput(
        {
          ...EMPTY_ENTRY,
          recipients: ' Warden K. Ochoa \n\n  Litigation coordinator\n',
          basis: '  ',
          batesRange: '',
        },
        WHERE,
      ),
    ).toMatchObject({
      recipients: ['Warden K. Ochoa', 'Litigation coordinator'],
      basis: null,
      batesRange: null,
    });
    expect(entryInput(EMPTY_ENTRY, WHERE).recipients).toEqual([]);
  });

  it('sends the entry as FRCP 26(b)(5)(A) describes it, then empties the form', async () => {
    const added = vi.fn();
    const { wrap, executeMutation } = stubClient({ data: { addPrivilegeLogEntry: { id: 'e2' } } });
    render(wrap(<EntryForm {...WHERE} items={ITEMS} onAdded={added} />));
    await userEvent.type(screen.getByLabelText('The document’s date'), '2012-03-22');
    await userEvent.type(screen.getByLabelText('Author'), 'Dana Wu, Deputy Attorney General');
    await userEvent.type(screen.getByLabelText(/^Recipients/), 'Warden K. Ochoa');
    await userEvent.type(screen.getByLabelText(/^Kind of document/), 'Email');
    await userEvent.type(screen.getByLabelText(/^Subject matter/), 'Legal advice on the grievance response');
    await userEvent.click(screen.getByLabelText('Attorney–client privilege'));
    await userEvent.type(screen.getByLabelText(/^Bates numbers, if produced in part/), 'DEF0000004');
    await userEvent.click(
      within(screen.getByRole('group', { name: 'The requests it is withheld from' })).getByLabelText(
        /^No\. 3/,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add the entry' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        ...WHERE,
        date: '2012-03-22',
        author: 'Dana Wu, Deputy Attorney General',
        recipients: ['Warden K. Ochoa'],
        documentType: 'Email',
        subject: 'Legal advice on the grievance response',
        privilege: 'ATTORNEY_CLIENT',
        basis: null,
        batesRange: 'DEF0000004',
        requestItemIds: ['i3'],
      },
    });
    expect(added).toHaveBeenCalled();
    expect(screen.getByLabelText('Author')).toHaveValue('');
  });

  it('keeps what was typed when the API refuses, and says why in its words', async () => {
    const { wrap } = stubClient({
      refusal: { message: 'basis is required for OTHER: name the privilege and its basis.' },
    });
    render(wrap(<EntryForm {...WHERE} items={ITEMS} onAdded={() => undefined} />));
    await userEvent.type(screen.getByLabelText('The document’s date'), '2012-03-22');
    await userEvent.type(screen.getByLabelText('Author'), 'Lt. A. Haskins');
    await userEvent.type(screen.getByLabelText(/^Kind of document/), 'Memorandum');
    await userEvent.type(screen.getByLabelText(/^Subject matter/), 'Facts of the incident');
    await userEvent.click(screen.getByLabelText('Another privilege or protection'));
    await userEvent.click(screen.getByRole('button', { name: 'Add the entry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('basis is required for OTHER');
    expect(screen.getByLabelText('Author')).toHaveValue('Lt. A. Haskins');
  });
});
