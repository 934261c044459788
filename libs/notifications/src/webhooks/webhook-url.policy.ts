import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['0.0.0.0', 8],
  ['100.64.0.0', 10],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['::', 128],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/**
 * Why a webhook URL is refused, or null. In production Parley will not call addresses inside its own
 * network (loopback, private, link-local): a webhook must not become a way to reach internal services.
 */
export async function webhookUrlProblem(raw: string, allowPrivate: boolean): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute URL, like https://example.org/parley/webhook';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'url must use https (or http)';
  if (!allowPrivate && url.protocol !== 'https:') return 'url must use https';
  if (url.username || url.password) return 'url must not carry a user name or password';
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) return `the host ${host} does not resolve`;
  const inside = addresses.find((a) => PRIVATE.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'));
  return inside ? `the host ${host} is inside a private network (${inside.address})` : null;
}
