import { signUp, STRONG_PASSWORD } from './support/factories';
import { Parley, startParley } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { email } } }`;

// Behind a reverse proxy (docker-compose.yml) the client is the address the proxy forwards, so the
// sign-in throttle counts clients and not the proxy; with no proxy trusted (the default) a made-up
// X-Forwarded-For is ignored (accounts.e2e-spec.ts).
describe('behind a trusted proxy (TRUST_PROXY_HOPS=1)', () => {
  let parley: Parley;
  beforeAll(async () => {
    parley = await startParley({ worker: false, env: { TRUST_PROXY_HOPS: '1' } });
  });
  afterAll(() => parley?.close());

  it('counts each forwarded client on its own', async () => {
    const user = await signUp(parley, 'Behind The Proxy');
    const from = (address: string, password: string) =>
      parley.client.request(
        LOGIN,
        { input: { email: user.email, password } },
        { 'x-forwarded-for': address },
      );
    for (let i = 0; i < 10; i++) expect((await from('203.0.113.9', `guess ${i}`)).errors).toHaveLength(1);
    expect((await from('203.0.113.9', STRONG_PASSWORD)).errors?.[0].message).toMatch(
      /^Too many failed sign-ins/,
    );
    // Another client behind the same proxy is not made to wait for the guesser.
    expect((await from('198.51.100.4', STRONG_PASSWORD)).data?.login.user.email).toBe(user.email);
  });
});
