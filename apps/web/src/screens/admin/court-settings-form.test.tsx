import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClient } from '../../test-client';
import { CourtView } from './court-queries';
import { CourtSettingsForm } from './court-settings-form';

const court: CourtView = {
  id: 'c1',
  name: 'United States District Court for the Northern District of California',
  district: 'N.D. Cal.',
  timeZone: 'America/Los_Angeles',
  conferralResponseDays: 10,
  positionResponseDays: 5,
  jointLetterPageLimit: 5,
  holidays: [],
};

describe('the court’s settings', () => {
  it('sends only the setting that changed and confirms the save', async () => {
    const { wrap, executeMutation } = stubClient({ data: { updateCourt: court } });
    render(wrap(<CourtSettingsForm court={court} />));
    const days = screen.getByLabelText(/Days to answer a request to confer/);
    await userEvent.clear(days);
    await userEvent.type(days, '14');
    await userEvent.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Settings saved');
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: { courtId: 'c1', conferralResponseDays: 14 },
    });
  });

  it('leaves the allowed values to the API: its refusal shows and the typed value stays', async () => {
    const { wrap } = stubClient({
      refusal: { message: 'jointLetterPageLimit must be between 1 and 50' },
    });
    render(wrap(<CourtSettingsForm court={court} />));
    const pages = screen.getByLabelText(/Pages in a joint letter/);
    await userEvent.clear(pages);
    await userEvent.type(pages, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'jointLetterPageLimit must be between 1 and 50',
    );
    expect(pages).toHaveValue(0);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
