/** A GraphQL caller for the demo seed: it goes through the public API like any client would. */
export class GraphQLCaller {
  constructor(
    private readonly endpoint: string,
    private readonly token?: string,
  ) {}

  as(token: string): GraphQLCaller {
    return new GraphQLCaller(this.endpoint, token);
  }

  // The shape of `data` is the query's own; the seed reads the few fields it asked for.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async call<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    if (body.errors?.length) {
      const [first] = body.errors;
      throw Object.assign(new Error(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`), {
        code: first.extensions?.code,
      });
    }
    return body.data as T;
  }
}
