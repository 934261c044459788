import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { pinnedLookup, sendWebhook } from './webhook-transport';
import { ResolvedAddress, Resolver } from './webhook-url.policy';

interface Sink {
  server: Server;
  port: number;
  /** Host headers of the requests received. */
  hosts: string[];
  /** TCP connections accepted, even ones that never made a request (a TLS hello to plain HTTP). */
  connections: number;
}

async function sink(address: string, port = 0): Promise<Sink> {
  const hosts: string[] = [];
  const server = createServer((req, res) => {
    hosts.push(req.headers.host ?? '');
    req.resume().on('end', () => res.writeHead(204).end());
  });
  server.listen(port, address);
  await once(server, 'listening');
  const result = { server, port: (server.address() as AddressInfo).port, hosts, connections: 0 };
  server.on('connection', () => (result.connections += 1));
  return result;
}

/** Answers the first look-up with `first` and every later one with `then`: a rebinding name. */
function rebinding(first: string, then: string): Resolver & { calls: number } {
  const resolve = Object.assign(
    async (): Promise<ResolvedAddress[]> => {
      resolve.calls += 1;
      return [{ address: resolve.calls === 1 ? first : then, family: 4 }];
    },
    { calls: 0 },
  );
  return resolve;
}

const post = { headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs: 3000 };

describe('webhook transport', () => {
  const sinks: Sink[] = [];
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((s) => new Promise((done) => s.server.close(done))));
  });

  it('sends to the address that was checked, with the name as Host, however the name answers later', async () => {
    const checked = await sink('127.0.0.1');
    const rebound = await sink('127.0.0.2', checked.port);
    sinks.push(checked, rebound);
    // hook.invalid resolves nowhere through the system: only the pinned address can carry the request.
    const outcome = await sendWebhook(
      `http://hook.invalid:${checked.port}/parley`,
      true,
      post,
      rebinding('127.0.0.1', '127.0.0.2'),
    );
    expect(outcome).toEqual({ status: 204, error: null });
    expect(checked.hosts).toEqual([`hook.invalid:${checked.port}`]);
    expect(rebound.connections).toBe(0);
  });

  it('a name that passed as public and then points inside never reaches the inside', async () => {
    const inside = await sink('127.0.0.1');
    sinks.push(inside);
    // At the check the name is public; afterwards both the injected resolver and the system's own
    // (localhost is 127.0.0.1 in /etc/hosts) would send the request to the sink inside.
    const resolve = rebinding('8.8.8.8', '127.0.0.1');
    const outcome = await sendWebhook(
      `https://localhost:${inside.port}/`,
      false,
      { ...post, timeoutMs: 1500 },
      resolve,
    );
    expect(outcome.status).toBeNull();
    expect(outcome.error).toBeTruthy();
    expect(resolve.calls).toBe(1);
    expect(inside.connections).toBe(0);
  });

  it('refuses at delivery what the policy refuses, without sending', async () => {
    const inside = await sink('127.0.0.1');
    sinks.push(inside);
    const outcome = await sendWebhook(`https://127.0.0.1:${inside.port}/`, false, post);
    expect(outcome).toEqual({ status: null, error: expect.stringMatching(/loopback/) });
    expect(inside.connections).toBe(0);
  });

  it('answers every look-up, of any name, with the checked addresses only', () => {
    const lookup = pinnedLookup([
      { address: '8.8.8.8', family: 4 },
      { address: '2001:4860:4860::8888', family: 6 },
    ]);
    const answers: unknown[] = [];
    lookup('evil.example', { all: true }, (_e, all) => answers.push(all));
    lookup('evil.example', { family: 6 }, (_e, address, family) => answers.push([address, family]));
    lookup('evil.example', { family: 4, all: true }, (_e, all) => answers.push(all));
    expect(answers).toEqual([
      [
        { address: '8.8.8.8', family: 4 },
        { address: '2001:4860:4860::8888', family: 6 },
      ],
      ['2001:4860:4860::8888', 6],
      [{ address: '8.8.8.8', family: 4 }],
    ]);
  });
});
