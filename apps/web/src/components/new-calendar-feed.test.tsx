import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubClient } from '../test-client';
import { NewCalendarFeed } from './new-calendar-feed';

const ADDRESS = 'https://parley.example/calendar/cal_s3cr3t.ics';
const make = () =>
  userEvent.click(screen.getByRole('button', { name: 'Make a calendar address for my deadlines' }));

describe('making a calendar address', () => {
  it('shows the new address once, marked as never shown again, and forgets it when hidden', async () => {
    const { wrap } = stubClient({ data: { createCalendarFeed: { id: 'f1', url: ADDRESS } } });
    const onCreated = vi.fn();
    render(wrap(<NewCalendarFeed heading="Make a calendar address" level={3} onCreated={onCreated} />));
    await make();
    expect(await screen.findByRole('heading', { name: 'Your new calendar address' })).toBeVisible();
    expect(screen.getByText(ADDRESS)).toBeVisible();
    expect(screen.getByText('It will not be shown again.')).toBeVisible();
    expect(onCreated).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'I have copied it: hide it' }));
    expect(screen.queryByText(ADDRESS)).not.toBeInTheDocument();
  });

  it('shows the API’s refusal and no address', async () => {
    const { wrap } = stubClient({ refusal: { message: 'Sign in again to make a calendar address.' } });
    const onCreated = vi.fn();
    render(wrap(<NewCalendarFeed heading="Deadlines in your calendar" onCreated={onCreated} />));
    await make();
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign in again to make a calendar address.');
    expect(screen.queryByRole('heading', { name: 'Your new calendar address' })).not.toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });
});
