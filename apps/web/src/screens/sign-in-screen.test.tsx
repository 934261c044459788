import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SessionApi, SessionContext } from '../session/session-context';
import { SignInForm } from './sign-in-screen';

function renderWith(signIn: SessionApi['signIn']) {
  const api: SessionApi = {
    state: { status: 'signedOut' },
    signIn,
    register: () => Promise.reject(new Error('not in these tests')),
    signOut: () => undefined,
    fetchWithSession: () => Promise.reject(new Error('not in these tests')),
    uploadWithSession: () => Promise.reject(new Error('not in these tests')),
  };
  return render(
    <SessionContext.Provider value={api}>
      <SignInForm />
    </SessionContext.Provider>,
  );
}

describe('the sign-in form', () => {
  it('labels every input and says what its button does', () => {
    renderWith(async () => null);
    expect(screen.getByLabelText('Email address')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('shows the API’s words for a refusal and keeps what was typed', async () => {
    const signIn = vi.fn(async () => 'The email or password is wrong.');
    renderWith(signIn);
    await userEvent.type(screen.getByLabelText('Email address'), 'dana@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'not it');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(signIn).toHaveBeenCalledWith('dana@example.org', 'not it');
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is wrong.');
    expect(screen.getByLabelText('Email address')).toHaveValue('dana@example.org');
    expect(screen.getByLabelText('Password')).toHaveValue('not it');
  });

  it('says it is working while the sign-in is on its way, and cannot be sent twice', async () => {
    let finish: (value: string | null) => void = () => undefined;
    const signIn = vi.fn(() => new Promise<string | null>((resolve) => (finish = resolve)));
    renderWith(signIn);
    await userEvent.type(screen.getByLabelText('Email address'), 'dana@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'secret words here');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    finish(null);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(signIn).toHaveBeenCalledTimes(1);
  });
});
