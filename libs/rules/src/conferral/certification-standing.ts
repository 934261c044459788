import { assessConferral, ConferralPolicyInput } from './conferral-policy';
import {
  CertificationRecord,
  changedAt,
  ConferralRecord,
  countingFrom,
  countsFrom,
  recordedAt,
  recordIdsOf,
  recordsAsOf,
} from './conferral-record';
import { spokenDay } from '../spoken-dates';
import { ms } from './conferral-time';

export type CertificationStatus = 'PRESENT' | 'MISSING' | 'STALE';

export interface CertificationStanding {
  status: CertificationStatus;
  /** The certification judged: the movant's latest, when there is one. */
  certificationId: string | null;
  explanation: string;
}

/**
 * The records a certification signed at `at` vouches for: those that count and exist then, and none
 * recorded later (DOMAIN.md: "A certification vouches for the conferral records that exist when it
 * is signed").
 */
export function vouchedRecordIds(
  records: readonly ConferralRecord[],
  at: string,
  after: string,
  rulings: ConferralPolicyInput['rulings'] = [],
): string[] {
  const from = countingFrom(after, rulings);
  return recordsAsOf(records, at)
    .filter((r) => countsFrom(r, from))
    .flatMap(recordIdsOf);
}

/**
 * Whether the movant's certification stands (FRCP 37(a)(1); DOMAIN.md, "The gate, closed to
 * gaming"). Its latest certification counts only when
 * - it was signed after the court's latest return to confer (else it is missing: certify anew);
 * - the movant's conferral qualified when it was signed, judged on the record as it then stood (a
 *   certification signed before, under older rules, cannot vouch for conferral that came later);
 * - no record that counts was added or changed after it was signed (a later record makes it stale);
 * - the hash of the records it relies on still matches.
 */
export function certificationStanding(
  input: ConferralPolicyInput & { certifications: readonly CertificationRecord[] },
): CertificationStanding {
  const zone = input.settings.timeZone ?? 'UTC';
  const from = countingFrom(input.after, input.rulings);
  const mine = input.certifications
    .filter((c) => c.by === input.movant && ms(c.at) <= ms(input.now))
    .sort((a, b) => ms(b.at) - ms(a.at));
  const latest = mine[0];
  if (!latest) {
    return {
      status: 'MISSING',
      certificationId: null,
      explanation:
        'Certify that you conferred or attempted to confer in good faith (FRCP 37(a)(1)) before asking the court.',
    };
  }
  if (ms(latest.at) < ms(from)) {
    return {
      status: 'MISSING',
      certificationId: null,
      explanation: `The court returned the dispute to confer on ${spokenDay(from, zone)}; only conferral and a certification after that count. Confer, then certify again (FRCP 37(a)(1)).`,
    };
  }
  const stale = (why: string): CertificationStanding => ({
    status: 'STALE',
    certificationId: latest.id,
    explanation: why,
  });
  // What it vouches for: the records it names, as they stood when it was signed. A record made in the
  // same instant but after it is not among them.
  const vouched = new Set(latest.recordIds);
  const signedOn = recordsAsOf(input.records, latest.at).filter((r) => vouched.has(r.id));
  if (!assessConferral({ ...input, records: signedOn, now: latest.at }).qualifies) {
    return stale(
      `Your certification of ${spokenDay(latest.at, zone)} was signed before your conferral qualified, so it cannot vouch for what came later; certify again (FRCP 37(a)(1)).`,
    );
  }
  const counting = recordsAsOf(input.records, input.now).filter((r) => countsFrom(r, from));
  const added = counting.some(
    (r) => ms(recordedAt(r)) > ms(latest.at) || recordIdsOf(r).some((id) => !vouched.has(id)),
  );
  if (added) {
    return stale(
      'Conferral records were added after you signed your certification, which vouches only for the records that existed then; review them and certify again.',
    );
  }
  if (!latest.intact || counting.some((r) => changedAt(r) > ms(latest.at))) {
    return stale(
      'The conferral records your certification relies on have changed since you signed it; review them and certify again.',
    );
  }
  return { status: 'PRESENT', certificationId: latest.id, explanation: '' };
}
