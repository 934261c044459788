import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toClientError } from './to-client-error';

/**
 * fastify's `frameworkErrors`: a URL whose %-escapes do not decode (`/calendar/%ZZ.ics`) or a path
 * segment over its length limit is refused before any route, so neither Nest's filter nor the GraphQL
 * formatter sees it. Answered in the same shape as every other error, with a code from API.md.
 */
export function replyToFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const client = toClientError(error);
  const extensions = { code: client.code, ...(client.unexpected ? { correlationId: request.id } : {}) };
  void reply
    .code(error.statusCode ?? 400)
    .header('x-request-id', request.id)
    .send({ errors: [{ message: client.message, extensions }] });
}
