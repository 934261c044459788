import { webhookUrlProblem } from './webhook-url.policy';

describe('webhook URLs', () => {
  it.each([
    ['a private address in production', 'https://10.1.2.3/hook', false, /private network/],
    ['loopback in production', 'https://127.0.0.1:6379/', false, /private network/],
    ['IPv6 loopback in production', 'https://[::1]/hook', false, /private network/],
    ['plain http in production', 'http://203.0.113.5/hook', false, /https/],
    ['credentials in the URL', 'https://user:pw@203.0.113.5/hook', false, /user name or password/],
    ['not a URL', 'hook', false, /absolute URL/],
    ['another scheme', 'ftp://203.0.113.5/hook', true, /https/],
  ])('refuses %s', async (_, url, allowPrivate, message) => {
    expect(await webhookUrlProblem(url, allowPrivate)).toMatch(message);
  });

  it('accepts a public https address, and local ones where allowed (development, tests)', async () => {
    expect(await webhookUrlProblem('https://203.0.113.5/hook', false)).toBeNull();
    expect(await webhookUrlProblem('http://127.0.0.1:4000/hook', true)).toBeNull();
  });
});
