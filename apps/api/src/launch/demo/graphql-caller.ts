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

  /** POST /documents as a browser would: the fields first, then the file. */
  async upload(
    fields: Record<string, string>,
    file: { name: string; type: string; bytes: Uint8Array },
  ): Promise<{ id: string; sha256: string }> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
    const response = await fetch(this.endpoint.replace(/\/graphql$/, '/documents'), {
      method: 'POST',
      headers: this.token ? { authorization: `Bearer ${this.token}` } : {},
      body: form,
    });
    const body = (await response.json()) as {
      id?: string;
      sha256?: string;
      errors?: Array<{ message: string }>;
    };
    if (response.status !== 201 || !body.id || !body.sha256) {
      throw new Error(`Upload refused: ${body.errors?.[0]?.message ?? response.status}`);
    }
    return { id: body.id, sha256: body.sha256 };
  }
}
