import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** SHA-256 over the RFC 8785 canonical JSON of a paper: the same paper always gives the same hash. */
export function hashPaper(paper: object): string {
  return createHash('sha256')
    .update(canonicalize(paper) as string)
    .digest('hex');
}

/** A kept paper must print as it was served; anything else is corruption, never a paper to hand out. */
export function checkedPaperHash(record: object, sha256: string | null, what: string): string {
  const actual = hashPaper(record);
  if (actual !== sha256) throw new Error(`The paper of ${what} no longer matches its hash`);
  return actual;
}
