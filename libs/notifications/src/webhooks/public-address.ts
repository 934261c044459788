import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

// 2000::/3 is the only IPv6 space IANA hands out as global unicast. Everything outside it (::/8 with
// the IPv4-compatible ::/96 that ipaddr.js calls unicast, 100::/8, 5f00::/16, fec0::/10, fc00::/7…)
// is reserved, local or special, so the IPv6 rule is an allow-list, not a list of exceptions.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

const KINDS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  deprecatedSiteLocal: 'a site-local address',
  reserved: 'a reserved or documentation address',
  discard: 'a discard-only address',
  benchmarking: 'a benchmarking address',
  segmentRouting: 'a segment routing address',
  // NAT64, 6to4 and Teredo carry an IPv4 address that a translator or relay would reach for us. They
  // are refused outright rather than decoded: which IPv4 host they end up at depends on equipment
  // outside our view, and a webhook receiver has no need of a transition address.
  rfc6052: 'a NAT64 address',
  rfc6145: 'an IPv4-translated address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
};

/**
 * Why an IP address is not a globally routable unicast address, in plain English, or null when it is
 * one. IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it stands for.
 */
export function nonPublicReason(text: string): string | null {
  // Node's strict syntax, not ipaddr.js's lenient one (which reads 010.0.0.1 as octal 8.0.0.1).
  if (!isIP(text)) return 'not an IP address';
  // ipaddr.js reads the deprecated form ::a.b.c.d as IPv4-mapped, and so would judge ::127.0.0.1 as
  // 127.0.0.1; it is IPv4-compatible (::/96), and glibc prints such addresses in that very form.
  if (/^::\d+\.\d+\.\d+\.\d+$/.test(text)) return 'an IPv4-compatible address';
  const address = ipaddr.process(text);
  const range = address.range();
  if (range !== 'unicast') return KINDS[range] ?? `a special-purpose address (${range})`;
  if (address.kind() === 'ipv6') {
    if (address.match(IPV4_COMPATIBLE)) return 'an IPv4-compatible address';
    if (!address.match(GLOBAL_UNICAST_V6)) return 'a reserved IPv6 address';
  }
  return null;
}
