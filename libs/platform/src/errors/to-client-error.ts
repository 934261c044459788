import { HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from './app-error';

export interface ClientError {
  message: string;
  code: ErrorCode;
  extensions: Record<string, unknown>;
  /** Unexpected: log it in full; the client only gets the correlation id. */
  unexpected: boolean;
}

const httpStatusCodes: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  414: ErrorCode.BAD_USER_INPUT,
  415: ErrorCode.BAD_USER_INPUT,
};

const friendlyFastifyMessages: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE:
    'The request is too large. Send less text at once (see the limits in the API guide).',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send GraphQL requests as application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty: send a JSON body with a GraphQL query.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_BAD_URL: 'This address is not valid: a %-escape in it does not stand for text.',
  FST_ERR_MAX_PARAM_LENGTH: 'This address is too long.',
};

/** Requests mercurius refuses before running them; its own messages do not say what to do. */
const friendlyMercuriusMessages: Record<string, string> = {
  MER_ERR_METHOD_NOT_ALLOWED: 'Changes must be sent with POST; GET can only read.',
  // What mercurius says when a request holds no query at all.
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: 'Send the GraphQL query text in `query`.',
  MER_ERR_GQL_VALIDATION:
    'This is not a GraphQL request Parley can read: send the query text in `query` and any variables as a JSON object in `variables`.',
};

function fromHttpException(error: HttpException): ClientError {
  const status = error.getStatus();
  const body = error.getResponse();
  const details = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : body;
  const message = Array.isArray(details) ? details.join('; ') : String(details ?? error.message);
  const code = httpStatusCodes[status];
  return code
    ? { message, code, extensions: {}, unexpected: false }
    : { message, code: ErrorCode.INTERNAL_SERVER_ERROR, extensions: {}, unexpected: true };
}

/**
 * Decides what a client may learn from any error: our own errors and Nest's HTTP exceptions map to
 * the codes of API.md; GraphQL's own parse and validation errors are the client's bad input;
 * anything else is unexpected and stays on the server.
 */
export function toClientError(error: unknown): ClientError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof AppError) {
    // Variable coercion wraps our scalar errors; its message adds where the bad value was.
    const message = error instanceof GraphQLError ? error.message : original.message;
    return { message, code: original.code, extensions: original.extensions, unexpected: false };
  }
  if (original instanceof HttpException) return fromHttpException(original);
  const frameworkCode = (original as { code?: unknown })?.code;
  const statusCode = (original as { statusCode?: unknown })?.statusCode;
  if (typeof frameworkCode === 'string' && typeof statusCode === 'number' && statusCode < 500) {
    if (frameworkCode.startsWith('FST_') && httpStatusCodes[statusCode]) {
      const message = friendlyFastifyMessages[frameworkCode] ?? (original as Error).message;
      return { message, code: httpStatusCodes[statusCode], extensions: {}, unexpected: false };
    }
    const message = friendlyMercuriusMessages[frameworkCode];
    if (message) return { message, code: ErrorCode.BAD_USER_INPUT, extensions: {}, unexpected: false };
  }
  if (
    error instanceof GraphQLError &&
    (!error.originalError || error.originalError instanceof GraphQLError)
  ) {
    return { message: error.message, code: ErrorCode.BAD_USER_INPUT, extensions: {}, unexpected: false };
  }
  return {
    message:
      'Something went wrong on our side. Please try again; if it keeps happening, quote the reference.',
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    extensions: {},
    unexpected: true,
  };
}
