import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubClient } from '../../test-client';
import { OpenCaseForm } from './open-case-form';

const COURTS = [
  { id: 'c1', name: 'United States District Court for the Northern District of California' },
  { id: 'c2', name: 'United States District Court for the District of Oregon' },
];

async function fillIn() {
  await userEvent.selectOptions(screen.getByLabelText('Court'), 'c2');
  await userEvent.type(screen.getByLabelText(/^Title/), 'Ortiz v. Brannon');
  await userEvent.type(screen.getByLabelText(/^Docket number/), 'C 26-0417 JST');
  await userEvent.type(screen.getByLabelText('Judge'), 'Jon S. Tigar');
  await userEvent.type(screen.getByLabelText(/^Name of party 1/), 'M. Ortiz');
  await userEvent.click(screen.getByLabelText('Party 1 represents itself (pro se)'));
  await userEvent.click(screen.getByLabelText('Party 1 is in custody'));
  await userEvent.type(screen.getByLabelText(/^Mailing address of party 1/), 'No. 4411{Enter}Box 500');
  await userEvent.type(screen.getByLabelText(/^Name of party 2/), 'Brannon Corrections LLC');
  await userEvent.selectOptions(screen.getByLabelText('You represent'), 'Party 2: Brannon Corrections LLC');
  await userEvent.type(screen.getByLabelText(/^Discovery cut-off/), '2027-09-30');
}

describe('opening a case', () => {
  it('starts with a plaintiff and a defendant, and adds and removes further parties', async () => {
    const { wrap } = stubClient();
    render(wrap(<OpenCaseForm courts={COURTS} onOpened={vi.fn()} />));
    expect(screen.getByLabelText('Side of party 1')).toHaveValue('PLAINTIFF');
    expect(screen.getByLabelText('Side of party 2')).toHaveValue('DEFENDANT');
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add another party' }));
    await userEvent.type(screen.getByLabelText(/^Name of party 3/), 'Harbor Insurance Co.');
    await userEvent.click(screen.getByRole('button', { name: 'Remove party 3 (Harbor Insurance Co.)' }));
    expect(screen.queryByLabelText(/^Name of party 3/)).not.toBeInTheDocument();
  });

  it('sends the case as typed and hands the new case on', async () => {
    const onOpened = vi.fn();
    const { wrap, executeMutation } = stubClient({ data: { createCase: { id: 'case-9' } } });
    render(wrap(<OpenCaseForm courts={COURTS} onOpened={onOpened} />));
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Open the case' }));
    await vi.waitFor(() => expect(onOpened).toHaveBeenCalledWith('case-9'));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        courtId: 'c2',
        title: 'Ortiz v. Brannon',
        docketNumber: 'C 26-0417 JST',
        judge: 'Jon S. Tigar',
        parties: [
          {
            name: 'M. Ortiz',
            side: 'PLAINTIFF',
            proSe: true,
            incarcerated: true,
            mailingAddress: 'No. 4411\nBox 500',
          },
          {
            name: 'Brannon Corrections LLC',
            side: 'DEFENDANT',
            proSe: false,
            incarcerated: false,
            mailingAddress: null,
          },
        ],
        myPartyIndex: 1,
        myRole: 'COUNSEL',
        discoveryCutoffOn: '2027-09-30',
        rule26fConferenceOn: null,
      },
    });
  });

  it('shows the API’s refusal and keeps everything typed', async () => {
    const onOpened = vi.fn();
    const { wrap } = stubClient({
      refusal: { message: 'A case needs at least one plaintiff and one defendant (parties)' },
    });
    render(wrap(<OpenCaseForm courts={COURTS} onOpened={onOpened} />));
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A case needs at least one plaintiff and one defendant (parties)',
    );
    expect(onOpened).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Court')).toHaveValue('c2');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Ortiz v. Brannon');
    expect(screen.getByLabelText(/^Name of party 1/)).toHaveValue('M. Ortiz');
    expect(screen.getByLabelText('Party 1 is in custody')).toBeChecked();
    expect(screen.getByLabelText('You represent')).toHaveDisplayValue('Party 2: Brannon Corrections LLC');
    expect(screen.getByLabelText(/^Discovery cut-off/)).toHaveValue('2027-09-30');
  });
});
