import { Actor } from '@parley/platform';

interface Verified {
  actor: Actor;
  /** The token's `exp`, in milliseconds. */
  expiresAt: number;
}

/**
 * Access tokens this process has verified, with the actor each carries, until each expires. A client
 * sends the same token with every request for its lifetime, and checking its signature and claims
 * again could only give the same answer: the key, issuer and audience are fixed for the process, and
 * an access token carries everything its actor needs (jwt.strategy.ts). Expiry is checked on every
 * use, against the same clock jsonwebtoken reads. API tokens are not kept here: they can be revoked.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, Verified>();

  constructor(private readonly capacity = 10_000) {}

  actorOf(token: string, now = Date.now()): Actor | undefined {
    const verified = this.tokens.get(token);
    if (!verified) return undefined;
    if (now >= verified.expiresAt) {
      this.tokens.delete(token);
      return undefined;
    }
    return verified.actor;
  }

  /** After the strategy accepted `token` for `actor`; a token without an expiry is not kept. */
  remember(token: string, actor: Actor): void {
    const expiresAt = expiryOf(token);
    if (expiresAt === null) return;
    // The oldest first: a Map iterates in insertion order.
    if (this.tokens.size >= this.capacity) this.tokens.delete(this.tokens.keys().next().value as string);
    this.tokens.set(token, { actor, expiresAt });
  }
}

function expiryOf(token: string): number | null {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  } catch {
    return null;
  }
}
