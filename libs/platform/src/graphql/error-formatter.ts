import type { FastifyReply } from 'fastify';
import type { ExecutionResult } from 'graphql';
import { GraphQLError } from 'graphql';
import { toClientError } from '../errors/to-client-error';

interface Logger {
  error(object: object, message: string): void;
}

type Execution = ExecutionResult & { errors: readonly GraphQLError[]; statusCode?: number };

/**
 * Mercurius wraps parse and validation failures in one error holding the list; unwrap it. An inner
 * error that is neither GraphQL's nor fastify's (graphql-js asserting that a query was sent) is no
 * fault of ours: the wrapper stands for it, and says what a request must hold.
 */
function flatten(errors: readonly GraphQLError[]): unknown[] {
  return errors.flatMap((error) => {
    const wrapper = error.originalError as { code?: unknown; errors?: unknown } | undefined;
    if (wrapper?.code !== 'MER_ERR_GQL_VALIDATION' || !Array.isArray(wrapper.errors)) return [error];
    const unwrapped = wrapper.errors.map((inner: unknown) =>
      inner instanceof GraphQLError || String((inner as { code?: unknown })?.code).startsWith('FST_')
        ? inner
        : error,
    );
    return [...new Set(unwrapped)];
  });
}

/**
 * The one place errors become what clients see: a code from API.md on every error, and for anything
 * unexpected a generic message with the request's correlation id (the full error goes to the log).
 */
export function createErrorFormatter(options: { hideSuggestions: boolean; logger: Logger }) {
  return (execution: Execution, context: { reply?: FastifyReply }) => {
    const correlationId = context.reply?.request?.id;
    // GraphQL over HTTP answers 200 with errors; only a refused HTTP request keeps its status (413, 415).
    let statusCode = 200;
    const errors = flatten(execution.errors).map((raw) => {
      const error = raw as GraphQLError;
      const client = toClientError(error);
      const extensions: Record<string, unknown> = { code: client.code, ...client.extensions };
      if (client.unexpected) {
        options.logger.error({ err: error.originalError ?? error, correlationId }, 'Unexpected error');
        extensions.correlationId = correlationId;
      }
      const status = (error.originalError as { statusCode?: unknown } | undefined)?.statusCode;
      if (!execution.data && typeof status === 'number' && status >= 400 && status !== 500)
        statusCode = status;
      let message = client.message;
      if (options.hideSuggestions) message = message.replace(/ ?Did you mean .*\?$/, '');
      return {
        message,
        ...(error.locations ? { locations: error.locations } : {}),
        ...(error.path ? { path: error.path } : {}),
        extensions,
      };
    });
    // A mutation over GET (405): say which method would do (RFC 9110, 15.5.6).
    if (statusCode === 405) context.reply?.header('allow', 'POST');
    return { statusCode, response: { data: execution.data ?? null, errors } };
  };
}
