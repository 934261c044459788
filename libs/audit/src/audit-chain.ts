import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const GENESIS_HASH = '0'.repeat(64);

/** What the hash covers: every field of the event and the hash of the one before it. */
export interface ChainedFields {
  caseId: string | null;
  /** A party's own chain of private work (DOMAIN.md, "Private work stays private"). */
  partyId?: string | null;
  /** A court's own chain (its staff accounts). */
  courtId?: string | null;
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
  // The chain's owner is covered only where there is one, so links of case chains written before
  // party and court chains existed hash as they always did.
  const canonical = canonicalize({
    caseId: event.caseId,
    ...(event.partyId ? { partyId: event.partyId } : {}),
    ...(event.courtId ? { courtId: event.courtId } : {}),
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
 * Walks one chain's events in order: each must follow the previous seq, point at the previous hash and
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
