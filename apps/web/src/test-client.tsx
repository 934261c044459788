import { ReactNode } from 'react';
import { Client, CombinedError, Provider } from 'urql';
import { fromValue } from 'wonka';
import { vi } from 'vitest';

type Answer = { data?: unknown; refusal?: { message: string; rule?: string } };

/**
 * A stand-in urql client for a component test of a form's states: each mutation gets the next answer
 * (data, or the API's refusal with its rule), and every call is recorded with its variables.
 */
export function stubClient(...answers: Answer[]) {
  const executeMutation = vi.fn((operation: { variables: unknown }) => {
    const answer = answers.shift() ?? { data: {} };
    return fromValue({
      operation,
      data: answer.data,
      error: answer.refusal
        ? new CombinedError({
            graphQLErrors: [{ message: answer.refusal.message, extensions: { rule: answer.refusal.rule } }],
          })
        : undefined,
      stale: false,
      hasNext: false,
    });
  });
  const client = { executeMutation } as unknown as Client;
  const wrap = (children: ReactNode) => <Provider value={client}>{children}</Provider>;
  return { executeMutation, wrap };
}
