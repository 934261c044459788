import { GraphQLError } from 'graphql';
import { BadInputError } from '../errors/app-error';
import { createErrorFormatter } from './error-formatter';

/** An error as mercurius builds them (`createError` of @fastify/error), wrapped as it wraps them. */
function mercuriusError(code: string, statusCode: number, inner: Error[]) {
  const error = Object.assign(new Error(code), { code, statusCode, errors: inner });
  return new GraphQLError(error.message, { originalError: error });
}

describe('the GraphQL error formatter', () => {
  const logged: object[] = [];
  const format = createErrorFormatter({ hideSuggestions: false, logger: { error: (o) => logged.push(o) } });
  const headers: Record<string, string> = {};
  const reply = { request: { id: 'req-1' }, header: (k: string, v: string) => (headers[k] = v) };
  const run = (error: GraphQLError) => format({ data: null, errors: [error] }, { reply } as never);

  beforeEach(() => (logged.length = 0));

  it('answers a mutation sent over GET with 405, BAD_USER_INPUT and what to do', () => {
    const result = run(mercuriusError('MER_ERR_METHOD_NOT_ALLOWED', 405, [new Error('via a GET request')]));
    expect(result.statusCode).toBe(405);
    expect(headers.allow).toBe('POST');
    expect(result.response.errors).toEqual([
      {
        message: 'Changes must be sent with POST; GET can only read.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(logged).toEqual([]);
  });

  it('unwraps syntax and validation errors, and stands the wrapper for anything else inside', () => {
    const syntax = new GraphQLError('Syntax Error: Unexpected "}".');
    const result = run(
      mercuriusError('MER_ERR_GQL_VALIDATION', 400, [syntax, new Error('Body must be a string.')]),
    );
    expect(result.statusCode).toBe(400);
    expect(result.response.errors.map((e) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Syntax Error: Unexpected "}".'],
      ['BAD_USER_INPUT', expect.stringMatching(/send the query text in `query`/)],
    ]);
    expect(logged).toEqual([]);
  });

  it('answers a refusal before execution as other GraphQL errors: 200, with its extensions', () => {
    const refused = new BadInputError('input.title contains a NUL character.', { fields: ['input.title'] });
    const result = run(new GraphQLError(refused.message, { originalError: refused }));
    expect(result.statusCode).toBe(200);
    expect(result.response.errors[0]).toEqual({
      message: 'input.title contains a NUL character.',
      extensions: { code: 'BAD_USER_INPUT', fields: ['input.title'] },
    });
  });

  it('still hides what it does not know behind a correlation id', () => {
    const result = run(new GraphQLError('boom', { originalError: new Error('relation "x" does not exist') }));
    expect(result.response.errors[0].extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      correlationId: 'req-1',
    });
    expect(logged).toHaveLength(1);
  });
});
