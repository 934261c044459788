import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Client, CombinedError, makeResult, Operation, Provider } from 'urql';
import { fromValue } from 'wonka';
import { TokenForm } from './token-form';

/** A client whose every mutation gets the answer `answer` gives for its variables. */
function stubClient(answer: (variables: Record<string, unknown>) => object | CombinedError) {
  const sent: Array<Record<string, unknown>> = [];
  const client = {
    executeMutation: (operation: Operation) => {
      sent.push(operation.variables as Record<string, unknown>);
      const reply = answer(operation.variables as Record<string, unknown>);
      return fromValue(
        reply instanceof CombinedError
          ? makeResult(operation, { errors: reply.graphQLErrors })
          : makeResult(operation, { data: reply }),
      );
    },
  } as unknown as Client;
  return { client, sent };
}

function renderForm(client: Client, onCreated = vi.fn()) {
  render(
    <Provider value={client}>
      <TokenForm onCreated={onCreated} />
    </Provider>,
  );
  return onCreated;
}

const refusal = new CombinedError({
  graphQLErrors: [
    { message: 'expiresInDays must not be less than 1', extensions: { code: 'BAD_USER_INPUT' } },
  ],
});

describe('the new-token form', () => {
  it('labels its inputs, ticks both scopes as the API’s default does, and says what its button does', () => {
    renderForm(stubClient(() => ({})).client);
    expect(screen.getByLabelText(/What the token is for/)).toBeRequired();
    expect(screen.getByLabelText('Read: look things up')).toBeChecked();
    expect(screen.getByLabelText('Write: make changes too')).toBeChecked();
    expect(screen.getByLabelText(/Days until it stops working/)).not.toBeRequired();
    expect(screen.getByRole('button', { name: 'Create the token' })).toBeEnabled();
  });

  it('shows the API’s refusal and keeps everything typed and ticked', async () => {
    const { client, sent } = stubClient(() => refusal);
    const onCreated = renderForm(client);
    await userEvent.type(screen.getByLabelText(/What the token is for/), 'Firm sync');
    await userEvent.click(screen.getByLabelText('Write: make changes too'));
    await userEvent.type(screen.getByLabelText(/Days until it stops working/), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Create the token' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('expiresInDays must not be less than 1');
    expect(sent).toEqual([{ input: { name: 'Firm sync', scopes: ['READ'], expiresInDays: 0 } }]);
    expect(screen.getByLabelText(/What the token is for/)).toHaveValue('Firm sync');
    expect(screen.getByLabelText('Write: make changes too')).not.toBeChecked();
    expect(screen.getByLabelText(/Days until it stops working/)).toHaveValue('0');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('sends text that is not a number as typed, for the API to judge, rather than as “never”', async () => {
    const { client, sent } = stubClient(() => refusal);
    renderForm(client);
    await userEvent.type(screen.getByLabelText(/What the token is for/), 'Firm sync');
    await userEvent.type(screen.getByLabelText(/Days until it stops working/), 'thirty');
    await userEvent.click(screen.getByRole('button', { name: 'Create the token' }));
    await screen.findByRole('alert');
    expect(sent[0]).toEqual({
      input: { name: 'Firm sync', scopes: ['READ', 'WRITE'], expiresInDays: 'thirty' },
    });
  });

  it('shows the new secret once, marked as never shown again, and forgets it when hidden', async () => {
    const { client, sent } = stubClient(() => ({
      createApiToken: { __typename: 'ApiToken', id: 't1', name: 'Firm sync', token: 'pat_s3cr3t' },
    }));
    const onCreated = renderForm(client);
    await userEvent.type(screen.getByLabelText(/What the token is for/), 'Firm sync');
    await userEvent.click(screen.getByRole('button', { name: 'Create the token' }));
    expect(await screen.findByRole('heading', { name: 'Your new token “Firm sync”' })).toBeVisible();
    expect(screen.getByText('pat_s3cr3t')).toBeVisible();
    expect(screen.getByText('It will not be shown again.')).toBeVisible();
    expect(sent).toEqual([{ input: { name: 'Firm sync', scopes: ['READ', 'WRITE'], expiresInDays: null } }]);
    expect(onCreated).toHaveBeenCalledTimes(1);
    // The form is ready for the next token; the secret is not kept in it.
    expect(screen.getByLabelText(/What the token is for/)).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'I have copied it: hide it' }));
    expect(screen.queryByText('pat_s3cr3t')).not.toBeInTheDocument();
  });
});
