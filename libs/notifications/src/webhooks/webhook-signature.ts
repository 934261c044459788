import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers every delivery carries. */
export const SIGNATURE_HEADER = 'x-parley-signature';
export const TIMESTAMP_HEADER = 'x-parley-timestamp';

/**
 * HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret, as "v1=<hex>". The timestamp is
 * signed too, so a receiver can refuse replays older than a few minutes.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute and compare in constant time, within a tolerance for clock skew. */
export function verifyWebhook(
  secret: string,
  headers: { signature: string; timestamp: string },
  body: string,
  now: number,
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
