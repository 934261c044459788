import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { nonPublicReason } from './public-address';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name stands for; empty when it does not resolve. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  lookup(hostname, { all: true, verbatim: true }).then(
    (found) => found.map(({ address }) => ({ address, family: isIP(address) === 6 ? 6 : 4 })),
    () => [],
  );

declare const checked: unique symbol;

/**
 * A URL that passed the policy, with the addresses it was judged on: the only addresses a request to
 * it may connect to. Only `checkWebhookUrl` makes one.
 */
export interface WebhookTarget {
  readonly url: URL;
  readonly hostname: string;
  readonly addresses: readonly ResolvedAddress[];
  readonly [checked]: true;
}

/** Why the URL's text is refused before any look-up, or the URL. */
function parse(raw: string, allowPrivate: boolean): URL | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute URL, like https://example.org/parley/webhook';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'url must use https (or http)';
  if (!allowPrivate && url.protocol !== 'https:') return 'url must use https';
  if (url.username || url.password) return 'url must not carry a user name or password';
  return url;
}

/**
 * Why Parley will not call this host at these addresses, or null. In production every address the
 * name stands for must be a public internet address: a webhook must not become a way to reach
 * services inside Parley's own network, and one bad address among good ones is enough to refuse.
 */
export function addressesProblem(
  hostname: string,
  addresses: readonly ResolvedAddress[],
  allowPrivate: boolean,
): string | null {
  if (addresses.length === 0) return `the host ${hostname} does not resolve`;
  if (allowPrivate) return null;
  for (const { address } of addresses) {
    const reason = nonPublicReason(address);
    const at = address === hostname ? '' : ` (at ${address})`;
    if (reason) return `the host ${hostname}${at} is ${reason}, not a public internet address`;
  }
  return null;
}

/**
 * Resolves the URL's host once and judges every address. Creating an endpoint and delivering to it
 * both come through here, and a delivery connects only to the addresses judged (webhook-transport).
 */
export async function checkWebhookUrl(
  raw: string,
  allowPrivate: boolean,
  resolve: Resolver = systemResolver,
): Promise<{ target: WebhookTarget } | { problem: string }> {
  const url = parse(raw, allowPrivate);
  if (typeof url === 'string') return { problem: url };
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(hostname);
  const addresses: ResolvedAddress[] = family
    ? [{ address: hostname, family: family === 6 ? 6 : 4 }]
    : await resolve(hostname);
  const problem = addressesProblem(hostname, addresses, allowPrivate);
  if (problem) return { problem };
  return { target: { url, hostname, addresses } as unknown as WebhookTarget };
}
