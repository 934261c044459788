import type { DocumentNode } from 'graphql';
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
  return { executeMutation, wrap, client };
}

/**
 * The same, for a component that also reads: each query is answered with `read(its operation name)`,
 * every time it runs (a refetch after a mutation reads what the test has changed `read` to answer).
 */
export function stubClientReading(read: (operationName: string) => unknown, ...answers: Answer[]) {
  const stub = stubClient(...answers);
  const executeQuery = vi.fn((operation: { query: DocumentNode; variables: unknown }) => {
    const named = operation.query.definitions.find((d) => d.kind === 'OperationDefinition');
    return fromValue({ operation, data: read(named?.name?.value ?? ''), stale: false, hasNext: false });
  });
  Object.assign(stub.client, { executeQuery });
  return { ...stub, executeQuery };
}
