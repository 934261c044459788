import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { freeLoopbackPort } from './embedded-services';
import { servePGlite } from './pglite-session';

/** PGlite itself (a library, in memory) behind the session server, reached by the ordinary pg driver. */
describe('one PGlite session shared by many connections', () => {
  let db: PGlite;
  let server: { close(): Promise<void> };
  let url: string;
  const clients: Client[] = [];

  const connect = async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    db = await PGlite.create();
    const port = await freeLoopbackPort();
    server = await servePGlite(db, port);
    url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await db.exec('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  }, 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    await server.close();
    await db.close();
  });

  it('keeps each parameterised query whole while many connections query at once', async () => {
    const pool = await Promise.all(Array.from({ length: 6 }, connect));
    const answers = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        pool[i % pool.length].query('SELECT $1::int * 2 AS doubled, $2::text AS tag', [i, `q${i}`]),
      ),
    );
    // Each answer must be its own query's: one exchange (Parse to Sync) runs whole before the next.
    expect(answers.map((a) => a.rows[0])).toEqual(
      Array.from({ length: 120 }, (_, i) => ({ doubled: i * 2, tag: `q${i}` })),
    );
  });

  it('keeps a transaction to its connection: others wait, and see nothing of a rollback', async () => {
    const [writer, reader] = await Promise.all([connect(), connect()]);
    await writer.query('BEGIN');
    await writer.query('INSERT INTO notes (body) VALUES ($1)', ['draft']);
    let readerDone = false;
    const read = reader.query('SELECT count(*)::int AS n FROM notes').then((r) => {
      readerDone = true;
      return r.rows[0].n;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readerDone).toBe(false);
    await writer.query('ROLLBACK');
    expect(await read).toBe(0);
  });

  it('rolls back what a vanished connection left open, and lets the others on', async () => {
    const [quitter, other] = await Promise.all([connect(), connect()]);
    await quitter.query('BEGIN');
    await quitter.query('INSERT INTO notes (body) VALUES ($1)', ['half-written']);
    const read = other.query('SELECT count(*)::int AS n FROM notes');
    quitter.on('error', () => undefined);
    (quitter as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await read).rows[0].n).toBe(0);
  });
});
