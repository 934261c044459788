import { ChainedFields, GENESIS_HASH, hashEvent, verifyChain } from './audit-chain';

const CASE = '7d1a0c4e-3b7f-4d89-9a55-2f3b1e0c9d11';

function chain(count: number) {
  const events: Array<ChainedFields & { hash: string }> = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const fields: ChainedFields = {
      caseId: CASE,
      seq,
      occurredAt: new Date(Date.UTC(2026, 4, seq, 12)),
      actorId: null,
      action: `ACTION_${seq}`,
      subjectType: 'Case',
      subjectId: CASE,
      before: null,
      after: { n: seq, nested: { b: 2, a: 1 } },
      prevHash,
    };
    const hash = hashEvent(fields);
    events.push({ ...fields, hash });
    prevHash = hash;
  }
  return events;
}

describe('the audit hash chain', () => {
  it('hashes the same content the same way whatever the key order', () => {
    const [event] = chain(1);
    const reordered = { ...event, after: { nested: { a: 1, b: 2 }, n: 1 } };
    expect(hashEvent(reordered)).toBe(event.hash);
  });

  it('ignores what a stored row carries besides its content (its id, its own hash)', () => {
    const [event] = chain(1);
    expect(hashEvent({ ...event, id: 'row-id' } as typeof event)).toBe(event.hash);
  });

  it('verifies an untouched chain, and an empty one', () => {
    expect(verifyChain(chain(5))).toEqual({ valid: true, eventCount: 5, brokenAt: null });
    expect(verifyChain([])).toEqual({ valid: true, eventCount: 0, brokenAt: null });
  });

  it('finds an edited event', () => {
    const events = chain(5);
    events[2] = { ...events[2], after: { n: 99, nested: { a: 1, b: 2 } } };
    expect(verifyChain(events)).toEqual({ valid: false, eventCount: 5, brokenAt: 3 });
  });

  it('finds an event whose hash was recomputed after an edit: the next link no longer fits', () => {
    const events = chain(5);
    const edited = { ...events[1], action: 'SOMETHING_ELSE' };
    events[1] = { ...edited, hash: hashEvent(edited) };
    expect(verifyChain(events)).toEqual({ valid: false, eventCount: 5, brokenAt: 3 });
  });

  it('finds a deleted event and a reordering', () => {
    const deleted = chain(5);
    deleted.splice(1, 1);
    expect(verifyChain(deleted).brokenAt).toBe(3);
    const swapped = chain(5);
    [swapped[3], swapped[4]] = [swapped[4], swapped[3]];
    expect(verifyChain(swapped).brokenAt).toBe(5);
  });

  it('finds a changed timestamp', () => {
    const events = chain(3);
    events[0] = { ...events[0], occurredAt: new Date(events[0].occurredAt.getTime() + 1) };
    expect(verifyChain(events).brokenAt).toBe(1);
  });
});
