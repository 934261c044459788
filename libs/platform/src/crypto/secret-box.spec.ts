import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a-master-secret-of-enough-length-for-tests', 'webhooks');

  it('opens what it sealed, and seals the same text differently each time', () => {
    const a = box.seal('whsec_abc');
    const b = box.seal('whsec_abc');
    expect(a).not.toBe(b);
    expect(box.open(a)).toBe('whsec_abc');
  });

  it('refuses a tampered box or another key', () => {
    const sealed = box.seal('whsec_abc');
    const [iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => new SecretBox('another-master-secret-of-enough-length', 'webhooks').open(sealed)).toThrow();
  });
});
