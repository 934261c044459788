import fc from 'fast-check';
import { certificationStanding, vouchedRecordIds } from './certification-standing';
import { assessConferral, ConferralAssessment } from './conferral-policy';
import {
  CertificationRecord,
  ConferenceRecord,
  ConferralRecord,
  opposingSide,
  recordedAt,
  RequestRecord,
  RulingRecord,
  Side,
} from './conferral-record';
import { AFTER, SETTINGS } from './conferral.fixtures';

// DOMAIN.md, "The gate, closed to gaming" (FRCP 37(a)(1): the *movant* must have conferred or
// attempted to), proved over random histories: requests, answers (in time or late), recorded absences,
// conferences, letters, contests and certifications by both sides, with the clock running through the
// answer windows. Each action is allowed only as the services allow it (only the side asked answers,
// only the requester records an absence, only the other side contests, a certification only while
// the signer's conferral qualifies).

const HOUR = 3_600_000;
const SIDES: Side[] = ['REQUESTING', 'RESPONDING'];

type Action =
  | { kind: 'tick'; hours: number }
  | { kind: 'request'; by: Side; offsets: number[] }
  | {
      kind: 'answer';
      pick: number;
      answer: 'ACCEPT' | 'COUNTER' | 'DECLINE';
      choice: number;
      offsets: number[];
    }
  | { kind: 'noShow'; pick: number; choice: number }
  | { kind: 'conference'; by: Side; hoursAgo: number; mode: 'TELEPHONE' | 'VIDEO' | 'IN_PERSON' }
  | { kind: 'letter'; by: Side }
  | { kind: 'answerRecord'; pick: number; contest: boolean }
  | { kind: 'certify'; by: Side }
  | { kind: 'return' };

const side = fc.constantFrom<Side>(...SIDES);
// Times to meet, in hours from now: mostly within the court's ten days, sometimes past them.
const offsets = fc.array(fc.integer({ min: 1, max: 24 * 14 }), { minLength: 1, maxLength: 3 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('tick' as const), hours: fc.integer({ min: 1, max: 24 * 5 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('request' as const), by: side, offsets }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      pick: fc.nat(),
      answer: fc.constantFrom('ACCEPT' as const, 'COUNTER' as const, 'DECLINE' as const),
      choice: fc.nat(),
      offsets,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('noShow' as const), pick: fc.nat(), choice: fc.nat() }),
  },
  {
    // Rare: a conference settles the question for both sides, and the rest is about attempts.
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('conference' as const),
      by: side,
      hoursAgo: fc.integer({ min: 0, max: 24 * 10 }),
      mode: fc.constantFrom('TELEPHONE' as const, 'VIDEO' as const, 'IN_PERSON' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('letter' as const), by: side }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('answerRecord' as const),
      pick: fc.nat(),
      contest: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('certify' as const), by: side }) },
);
const history = fc.array(action, { minLength: 4, maxLength: 50 });

/** A dispute's record as the services would keep it. */
class World {
  now = Date.parse(AFTER) + HOUR;
  records: ConferralRecord[] = [];
  /** Each with the digest of what it vouched for, as the service hashes it. */
  certifications: Array<CertificationRecord & { digest: string }> = [];
  rulings: RulingRecord[] = [];
  lettersQualify: boolean;
  private seq = 0;

  constructor(lettersQualify = false) {
    this.lettersQualify = lettersQualify;
  }

  get at(): string {
    return new Date(this.now).toISOString();
  }

  private id(prefix: string) {
    return `${prefix}-${++this.seq}`;
  }

  private requests(): RequestRecord[] {
    return this.records.filter((r): r is RequestRecord => r.kind === 'REQUEST');
  }

  assess(movant: Side, records = this.records, now = this.at): ConferralAssessment {
    return assessConferral({
      records,
      movant,
      after: AFTER,
      rulings: this.rulings,
      settings: { ...SETTINGS, lettersQualify: this.lettersQualify },
      now,
    });
  }

  /** The service's hash of records: content, whether answered, an absence recorded, a contest. */
  digest(ids: readonly string[]): string {
    const wanted = new Set(ids);
    return JSON.stringify(
      this.records
        .filter((r) => wanted.has(r.id))
        .map((r) => ({
          id: r.id,
          answered: r.kind === 'REQUEST' ? r.answer !== null : null,
          contested:
            r.kind === 'CONFERENCE'
              ? r.standing === 'CONTESTED'
              : r.kind === 'REQUEST' && r.noShow && wanted.has(r.noShow.id)
                ? r.noShow.standing === 'CONTESTED'
                : null,
        })),
    );
  }

  standing(
    movant: Side,
    certifications: Array<CertificationRecord & { digest?: string }> = this.certifications,
  ) {
    return certificationStanding({
      records: this.records,
      certifications: certifications.map((c) => ({
        ...c,
        intact: c.digest === undefined ? c.intact : c.digest === this.digest(c.recordIds),
      })),
      movant,
      after: AFTER,
      rulings: this.rulings,
      settings: { ...SETTINGS, lettersQualify: this.lettersQualify },
      now: this.at,
    });
  }

  /** Applies an action as the services would; returns the side that acted, or null (the clock, the court, a refusal). */
  apply(a: Action): Side | null {
    switch (a.kind) {
      case 'tick':
        this.now += a.hours * HOUR;
        return null;
      case 'return':
        this.rulings.push({ at: this.at, outcome: 'RETURNED_TO_CONFER' });
        this.now += 1;
        return null;
      case 'request':
        this.records.push({
          kind: 'REQUEST',
          id: this.id('request'),
          mode: 'TELEPHONE',
          from: a.by,
          at: this.at,
          answerBy: new Date(this.now + 10 * 24 * HOUR).toISOString(),
          answer: null,
          noShow: null,
          proposed: a.offsets.map((h) => new Date(this.now + h * HOUR).toISOString()),
        } as RequestRecord);
        return a.by;
      case 'answer': {
        // Any request still unanswered, however late: the service lets it be answered.
        const open = this.requests().filter((r) => r.answer === null);
        if (open.length === 0) return null;
        const request = open[a.pick % open.length];
        const proposed = (request as RequestRecord & { proposed: string[] }).proposed;
        const times =
          a.answer === 'ACCEPT'
            ? [proposed[a.choice % proposed.length]]
            : a.answer === 'COUNTER'
              ? a.offsets.map((h) => new Date(this.now + h * HOUR).toISOString())
              : [];
        this.replace(request, { ...request, answer: { kind: a.answer, at: this.at, times } });
        return opposingSide(request.from);
      }
      case 'noShow': {
        const candidates = this.requests().filter(
          (r) =>
            r.noShow === null &&
            (r.answer?.kind === 'ACCEPT' || r.answer?.kind === 'COUNTER') &&
            r.answer.times.some((t) => Date.parse(t) <= this.now),
        );
        if (candidates.length === 0) return null;
        const request = candidates[a.pick % candidates.length];
        const past = request.answer!.times.filter((t) => Date.parse(t) <= this.now);
        this.replace(request, {
          ...request,
          noShow: {
            id: this.id('no-show'),
            scheduledFor: past[a.choice % past.length],
            recordedAt: this.at,
            standing: 'UNCONFIRMED',
            contestReason: null,
            answeredAt: null,
          },
        });
        return request.from;
      }
      case 'conference':
        this.records.push({
          kind: 'CONFERENCE',
          id: this.id('conference'),
          mode: a.mode,
          at: new Date(this.now - a.hoursAgo * HOUR).toISOString(),
          recordedAt: this.at,
          recordedBy: a.by,
          standing: 'UNCONFIRMED',
          contestReason: null,
          answeredAt: null,
        });
        return a.by;
      case 'letter':
        this.records.push({ kind: 'LETTER', id: this.id('letter'), mode: 'LETTER', at: this.at, from: a.by });
        return a.by;
      case 'answerRecord': {
        const open: Array<{ record: ConferralRecord; by: Side }> = [];
        for (const r of this.records) {
          if (r.kind === 'CONFERENCE' && r.standing === 'UNCONFIRMED')
            open.push({ record: r, by: opposingSide(r.recordedBy) });
          if (r.kind === 'REQUEST' && r.noShow?.standing === 'UNCONFIRMED')
            open.push({ record: r, by: opposingSide(r.from) });
        }
        if (open.length === 0) return null;
        const { record, by } = open[a.pick % open.length];
        const answer = {
          standing: a.contest ? ('CONTESTED' as const) : ('CONFIRMED' as const),
          contestReason: a.contest ? 'That is not what happened.' : null,
          answeredAt: this.at,
        };
        if (record.kind === 'CONFERENCE') this.replace(record, { ...record, ...answer });
        else if (record.kind === 'REQUEST')
          this.replace(record, { ...record, noShow: { ...record.noShow!, ...answer } });
        return by;
      }
      case 'certify': {
        // FRCP 37(a)(1): refused while the signer's conferral does not qualify.
        if (!this.assess(a.by).qualifies) return null;
        const recordIds = vouchedRecordIds(this.records, this.at, AFTER, this.rulings);
        this.certifications.push({
          id: this.id('certification'),
          by: a.by,
          at: this.at,
          recordIds,
          intact: true,
          digest: this.digest(recordIds),
        });
        return a.by;
      }
    }
  }

  private replace(old: ConferralRecord, next: ConferralRecord) {
    this.records[this.records.indexOf(old)] = next;
  }
}

const summary = (a: ConferralAssessment) => ({
  qualifies: a.qualifies,
  basis: a.qualifies ? a.basis : null,
  recordIds: a.qualifies ? a.recordIds : [],
  attempt: a.qualifies ? (a.attempt?.requestId ?? null) : null,
});

describe('the gate cannot be gamed (DOMAIN.md, "The gate, closed to gaming"; FRCP 37(a)(1))', () => {
  it('whatever records one side adds, it cannot block the other side’s qualifying attempt', () => {
    fc.assert(
      fc.property(history, history, side, fc.boolean(), (before, after, x, letters) => {
        const world = new World(letters);
        for (const a of before) world.apply(a);
        const then = world.assess(x);
        if (!then.qualifies) return;
        const attempt = then.attempt;
        for (const a of after) {
          // Only the other side acts (and the clock runs): x adds nothing.
          const probe = new World(letters);
          Object.assign(probe, {
            now: world.now,
            records: [...world.records],
            certifications: [...world.certifications],
          });
          if (probe.apply(a) === x) continue;
          world.apply(a);
          const now = world.assess(x);
          expect(now.qualifies).toBe(true);
          if (attempt) {
            expect(now.attempts).toContainEqual(
              expect.objectContaining({ requestId: attempt.requestId, by: x }),
            );
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('nor borrow it: a side’s attempts are its own requests, and the other side’s requests change nothing for it', () => {
    fc.assert(
      fc.property(history, side, fc.boolean(), (actions, y, letters) => {
        const world = new World(letters);
        for (const a of actions) world.apply(a);
        const x = opposingSide(y);
        const full = world.assess(y);
        const withoutX = world.assess(
          y,
          world.records.filter((r) => !(r.kind === 'REQUEST' && r.from === x)),
        );
        expect(summary(full)).toEqual(summary(withoutX));
        if (full.qualifies && full.basis === 'ATTEMPT') expect(full.attempt?.by).toBe(y);
        for (const attempt of full.attempts) {
          const request = world.records.find((r) => r.id === attempt.requestId) as RequestRecord;
          expect(attempt.by).toBe(request.from);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a certification never vouches for a record recorded after it was signed, and stands only while none is', () => {
    fc.assert(
      fc.property(history, fc.boolean(), (actions, letters) => {
        const world = new World(letters);
        for (const a of actions) world.apply(a);
        const recorded = new Map<string, number>();
        for (const r of world.records) {
          recorded.set(r.id, Date.parse(recordedAt(r)));
          if (r.kind === 'REQUEST' && r.noShow) recorded.set(r.noShow.id, Date.parse(r.noShow.recordedAt));
        }
        for (const c of world.certifications) {
          for (const id of c.recordIds) expect(recorded.get(id)).toBeLessThanOrEqual(Date.parse(c.at));
        }
        for (const movant of SIDES) {
          const standing = world.standing(movant);
          if (standing.status !== 'PRESENT') continue;
          const signed = world.certifications.find((c) => c.id === standing.certificationId)!;
          expect(vouchedRecordIds(world.records, world.at, AFTER, world.rulings)).toEqual(
            vouchedRecordIds(world.records, signed.at, AFTER, world.rulings),
          );
          expect(world.assess(movant, world.records, signed.at).qualifies).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a certification signed before its signer qualified never stands, whatever conferral follows', () => {
    fc.assert(
      fc.property(history, history, side, (before, after, movant) => {
        const world = new World();
        for (const a of before) world.apply(a);
        if (world.assess(movant).qualifies) return;
        // Signed anyway (as under the old rules), then anything may happen.
        const recordIds = vouchedRecordIds(world.records, world.at, AFTER);
        const early = {
          id: 'early',
          by: movant,
          at: world.at,
          recordIds,
          intact: true,
          digest: world.digest(recordIds),
        };
        for (const a of after) world.apply(a);
        const only = world.certifications.filter((c) => c.by !== movant);
        expect(world.standing(movant, [...only, early]).status).not.toBe('PRESENT');
      }),
      { numRuns: 500 },
    );
  });

  it('after a RETURNED_TO_CONFER ruling nothing before it counts: not conferral, attempts, nor certifications', () => {
    fc.assert(
      fc.property(history, history, side, fc.boolean(), (before, after, movant, letters) => {
        const world = new World(letters);
        for (const a of before) world.apply(a);
        world.apply({ kind: 'return' });
        const ruledAt = Date.parse(world.rulings[0].at);
        for (const a of after) world.apply(a);
        const later = world.records.filter((r) => Date.parse(r.at) >= ruledAt);
        expect(summary(world.assess(movant))).toEqual(summary(world.assess(movant, later)));
        const standing = world.standing(movant);
        if (standing.certificationId) {
          const judged = world.certifications.find((c) => c.id === standing.certificationId)!;
          expect(Date.parse(judged.at)).toBeGreaterThanOrEqual(ruledAt);
        }
        const earlier = world.certifications.filter((c) => Date.parse(c.at) < ruledAt);
        expect(world.standing(movant, earlier).status).toBe('MISSING');
      }),
      { numRuns: 500 },
    );
  });

  it('conferences count for both sides from when they are recorded, whoever contests them', () => {
    fc.assert(
      fc.property(history, (actions) => {
        const world = new World();
        for (const a of actions) world.apply(a);
        const conferences = world.records.filter(
          (r): r is ConferenceRecord => r.kind === 'CONFERENCE' && Date.parse(r.at) >= Date.parse(AFTER),
        );
        if (conferences.length === 0) return;
        for (const movant of SIDES) {
          expect(world.assess(movant)).toMatchObject({ qualifies: true, basis: 'CONFERENCE' });
        }
      }),
      { numRuns: 200 },
    );
  });
});
