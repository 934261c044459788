import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { AddHolidayForm } from './add-holiday-form';

const SOURCE = 'General Order 26-07: courthouse closed';

async function fillIn() {
  await userEvent.type(screen.getByLabelText('Day'), '2031-11-27');
  await userEvent.selectOptions(screen.getByLabelText(/Kind of day/), 'CLERK_OFFICE_INACCESSIBLE');
  await userEvent.type(screen.getByLabelText(/Where the day comes from/), SOURCE);
  await userEvent.click(screen.getByRole('button', { name: 'Add the day' }));
}

describe('adding a day off to the court’s calendar', () => {
  it('labels every input and offers the kinds in plain words', () => {
    const { wrap } = stubClient();
    render(wrap(<AddHolidayForm courtId="c1" />));
    expect(screen.getByLabelText('Day')).toHaveAttribute('type', 'date');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'State holiday',
      'Declared holiday',
      'Clerk’s office closed',
    ]);
  });

  it('shows the API’s refusal with its rule and keeps the day, the kind and the typed source', async () => {
    const { wrap, executeMutation } = stubClient({
      refusal: { message: 'The court already has a day off on 2031-11-27.', rule: 'FRCP 6(a)(6)' },
    });
    render(wrap(<AddHolidayForm courtId="c1" />));
    await fillIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The court already has a day off on 2031-11-27. (FRCP 6(a)(6))',
    );
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: { courtId: 'c1', date: '2031-11-27', kind: 'CLERK_OFFICE_INACCESSIBLE', source: SOURCE },
    });
    expect(screen.getByLabelText('Day')).toHaveValue('2031-11-27');
    expect(screen.getByLabelText(/Kind of day/)).toHaveValue('CLERK_OFFICE_INACCESSIBLE');
    expect(screen.getByLabelText(/Where the day comes from/)).toHaveValue(SOURCE);
  });

  it('says which day was added and clears the form for the next one', async () => {
    const { wrap } = stubClient({ data: { addCourtHoliday: { id: 'c1' } } });
    render(wrap(<AddHolidayForm courtId="c1" />));
    await fillIn();
    expect(await screen.findByRole('status')).toHaveTextContent(
      'November 27, 2031 is on the court’s calendar.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/Where the day comes from/)).toHaveValue('');
  });
});
