import { Actor, SystemRole } from '@parley/platform';
import { VerifiedTokens } from './verified-tokens';

const actor: Actor = {
  userId: '6f1c1a40-0c7e-4d55-9b1e-3d3f2f7a0a11',
  role: SystemRole.USER,
  courtId: null,
  via: 'session',
  scopes: ['READ', 'WRITE'],
};

/** A token's shape as jsonwebtoken signs it; the signature is never read here. */
function token(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

describe('VerifiedTokens', () => {
  const exp = 1_900_000_000;

  it('gives the actor of a token it was told of, until the second of its expiry', () => {
    const tokens = new VerifiedTokens();
    const t = token({ sub: actor.userId, exp });
    expect(tokens.actorOf(t)).toBeUndefined();
    tokens.remember(t, actor);
    expect(tokens.actorOf(t, exp * 1000 - 1)).toBe(actor);
    expect(tokens.actorOf(t, exp * 1000)).toBeUndefined();
    // Forgotten once expired, even if the clock were turned back.
    expect(tokens.actorOf(t, exp * 1000 - 1)).toBeUndefined();
  });

  it('keeps no token without an expiry, nor text that is not a token', () => {
    const tokens = new VerifiedTokens();
    const endless = token({ sub: actor.userId });
    tokens.remember(endless, actor);
    tokens.remember('not-a-token', actor);
    tokens.remember('a.!!!.b', actor);
    expect(tokens.actorOf(endless, 0)).toBeUndefined();
    expect(tokens.actorOf('not-a-token', 0)).toBeUndefined();
    expect(tokens.actorOf('a.!!!.b', 0)).toBeUndefined();
  });

  it('forgets the oldest token when full', () => {
    const tokens = new VerifiedTokens(2);
    const [a, b, c] = ['a', 'b', 'c'].map((jti) => token({ sub: actor.userId, exp, jti }));
    tokens.remember(a, actor);
    tokens.remember(b, actor);
    tokens.remember(c, actor);
    expect(tokens.actorOf(a, 0)).toBeUndefined();
    expect(tokens.actorOf(b, 0)).toBe(actor);
    expect(tokens.actorOf(c, 0)).toBe(actor);
  });
});
