import { createSecretKey, KeyObject } from 'node:crypto';

const keys = new Map<string, KeyObject>();

/**
 * The HS256 secret as a KeyObject, made once. Given a string, jsonwebtoken first tries it as a public
 * key on every verification and catches the failure: measured as 15% of the API's CPU on a plain
 * signed-in query (test/bench/graphql.bench.ts).
 */
export function jwtKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret));
    keys.set(secret, key);
  }
  return key;
}
