import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = JSON.stringify({ event: 'SET_SERVED' });

  it('are HMAC-SHA256 over the timestamp and the body', () => {
    const expected = createHmac('sha256', secret).update(`1795900000.${body}`).digest('hex');
    expect(signWebhook(secret, 1795900000, body)).toBe(`v1=${expected}`);
  });

  it('verify what was signed, and nothing altered, late or under another secret', () => {
    const signature = signWebhook(secret, 1795900000, body);
    const ok = (over: Partial<{ secret: string; body: string; now: number; timestamp: string }>) =>
      verifyWebhook(
        over.secret ?? secret,
        { signature, timestamp: over.timestamp ?? '1795900000' },
        over.body ?? body,
        over.now ?? 1795900060,
      );
    expect(ok({})).toBe(true);
    expect(ok({ body: body.replace('SET', 'GET') })).toBe(false);
    expect(ok({ secret: 'whsec_other' })).toBe(false);
    expect(ok({ now: 1795900000 + 301 })).toBe(false);
    expect(ok({ timestamp: '1795900001' })).toBe(false);
  });
});
