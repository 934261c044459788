import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const GENESIS_HASH = '0'.repeat(64);

/** What the hash covers: every field of the event and the hash of the one before it. */
export interface ChainedFields {
  caseId: string;
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  prevHash: string;
}

/** SHA-256 over the RFC 8785 canonical JSON of the fields, so the same event always hashes the same. */
export function hashEvent(event: ChainedFields): string {
  // Named one by one: a stored row carries more (its id, its own hash) that the hash must not cover.
  const canonical = canonicalize({
    caseId: event.caseId,
    seq: event.seq,
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    before: event.before,
    after: event.after,
    prevHash: event.prevHash,
  });
  return createHash('sha256')
    .update(canonical as string)
    .digest('hex');
}

export interface ChainVerification {
  valid: boolean;
  eventCount: number;
  /** The seq of the first event that does not fit the chain; null when all fit. */
  brokenAt: number | null;
}

/**
 * Walks a case's events in order: each must follow the previous seq, point at the previous hash and
 * carry the hash of its own content. An edit, a deletion or a reordering breaks it there.
 */
export function verifyChain(events: ReadonlyArray<ChainedFields & { hash: string }>): ChainVerification {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const event of events) {
    if (event.seq !== expectedSeq || event.prevHash !== prevHash || hashEvent(event) !== event.hash) {
      return { valid: false, eventCount: events.length, brokenAt: event.seq };
    }
    prevHash = event.hash;
    expectedSeq += 1;
  }
  return { valid: true, eventCount: events.length, brokenAt: null };
}
