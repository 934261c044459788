import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret with 256 bits of entropy and a prefix that says what it is (`rt_`, `pat_`). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * Secrets are stored only as their SHA-256: they are random and long, so a fast hash is enough (a slow
 * one is for guessable passwords) and it lets us look them up by hash.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
