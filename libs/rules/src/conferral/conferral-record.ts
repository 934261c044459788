import { ms } from './conferral-time';

export type ConferralMode = 'IN_PERSON' | 'VIDEO' | 'TELEPHONE' | 'LETTER' | 'EMAIL';

/** The two sides of a dispute: the party that served the requests in dispute, and the party that answered. */
export type Side = 'REQUESTING' | 'RESPONDING';

/** Where the other side stands on a record it did not make. */
export type Standing = 'UNCONFIRMED' | 'CONFIRMED' | 'CONTESTED';

/** Direct dialogue: face to face, by video or by telephone (N.D. Cal. Civil L.R. 1-5(n)). */
export const DIRECT_DIALOGUE: readonly ConferralMode[] = ['IN_PERSON', 'VIDEO', 'TELEPHONE'];

const MODE_WORDS: Record<ConferralMode, string> = {
  IN_PERSON: 'in person',
  VIDEO: 'by video',
  TELEPHONE: 'by telephone',
  LETTER: 'by letter',
  EMAIL: 'by email',
};

/** 'by telephone': how a conference was held or a request proposed, in words. */
export function modeWords(mode: string): string {
  return MODE_WORDS[mode as ConferralMode] ?? mode.toLowerCase().replaceAll('_', ' ');
}

/** How the other side answered a request to confer. */
export interface RequestAnswer {
  kind: 'ACCEPT' | 'COUNTER' | 'DECLINE';
  at: string;
  /** ACCEPT: the proposed time taken; COUNTER: the times offered instead; DECLINE: none. */
  times: readonly string[];
}

/** The requester's record that the other side did not attend a time it accepted or offered. */
export interface NoShowRecord {
  id: string;
  /** The time that was not kept. */
  scheduledFor: string;
  recordedAt: string;
  standing: Standing;
  contestReason: string | null;
  /** When the other side confirmed or contested it. */
  answeredAt: string | null;
}

export interface RequestRecord {
  kind: 'REQUEST';
  id: string;
  mode: ConferralMode;
  from: Side;
  /** When it was sent, which is when it was recorded. */
  at: string;
  /**
   * The end of the other side's reasonable time to answer (the court's days counted under FRCP 6);
   * null for a request recorded before Parley kept it, which gets the policy's number of days.
   */
  answerBy: string | null;
  answer: RequestAnswer | null;
  noShow: NoShowRecord | null;
}

export interface ConferenceRecord {
  kind: 'CONFERENCE';
  id: string;
  mode: ConferralMode;
  /** When it was held. */
  at: string;
  recordedAt: string;
  recordedBy: Side;
  standing: Standing;
  contestReason: string | null;
  answeredAt: string | null;
}

export interface LetterRecord {
  kind: 'LETTER';
  id: string;
  mode: 'LETTER' | 'EMAIL';
  /** When it was sent: through Parley, the moment it was recorded; by mail, the day it was mailed. */
  at: string;
  from: Side;
  /** When Parley learned of a letter that came by mail (entered later than it was sent); else `at`. */
  recordedAt?: string;
}

/** One recorded conferral effort, reduced to what the rules weigh. */
export type ConferralRecord = RequestRecord | ConferenceRecord | LetterRecord;

/** A side's good-faith certification (FRCP 37(a)(1)). */
export interface CertificationRecord {
  id: string;
  by: Side;
  at: string;
  /** The records it vouches for. */
  recordIds: readonly string[];
  /** The hash of those records, as signed, still matches them. */
  intact: boolean;
}

/** A ruling on the dispute; RETURNED_TO_CONFER sends the parties back to the start. */
export interface RulingRecord {
  at: string;
  outcome: string;
}

/** The case's conferral policy and the court's time to answer a request to confer. */
export interface ConferralSettings {
  /** An exchange of letters qualifies (default on with a pro se, incarcerated party). */
  lettersQualify: boolean;
  /** The court's days to answer a request (default 10), for requests recorded without their date. */
  responseWindowDays: number;
  /** The court's time zone: every day and time a person reads is the court's (default UTC). */
  timeZone?: string;
}

export const opposingSide = (side: Side): Side => (side === 'REQUESTING' ? 'RESPONDING' : 'REQUESTING');

/** A confirmation or contest made after `t` had not happened yet. */
function answerAsOf<
  T extends { standing: Standing; contestReason: string | null; answeredAt: string | null },
>(r: T, t: number): T {
  if (r.answeredAt !== null && ms(r.answeredAt) <= t) return r;
  return { ...r, standing: 'UNCONFIRMED', contestReason: null, answeredAt: null };
}

/**
 * The records as they stood at `now`: what was recorded later did not exist yet, and answers,
 * absences and contests made later had not happened. The rules are a function of this view, so a
 * certification can be judged on the record as it was when signed.
 */
export function recordsAsOf(records: readonly ConferralRecord[], now: string): ConferralRecord[] {
  const t = ms(now);
  const kept: ConferralRecord[] = [];
  for (const r of records) {
    if (ms(recordedAt(r)) > t) continue;
    if (r.kind === 'REQUEST') {
      kept.push({
        ...r,
        answer: r.answer && ms(r.answer.at) <= t ? r.answer : null,
        noShow: r.noShow && ms(r.noShow.recordedAt) <= t ? answerAsOf(r.noShow, t) : null,
      });
    } else if (r.kind === 'CONFERENCE') {
      kept.push(answerAsOf(r, t));
    } else {
      kept.push(r);
    }
  }
  return kept;
}

/** When a record came into being. */
export function recordedAt(r: ConferralRecord): string {
  if (r.kind === 'CONFERENCE') return r.recordedAt;
  return r.kind === 'LETTER' ? (r.recordedAt ?? r.at) : r.at;
}

/**
 * The last moment a record changed in a way a certification relies on: recorded, answered, an absence
 * recorded, a contest. A confirmation only strengthens a record, so it is not a change.
 */
export function changedAt(r: ConferralRecord): number {
  const moments = [ms(recordedAt(r))];
  if (r.kind === 'REQUEST') {
    if (r.answer) moments.push(ms(r.answer.at));
    if (r.noShow) moments.push(ms(r.noShow.recordedAt));
    if (r.noShow?.standing === 'CONTESTED' && r.noShow.answeredAt) moments.push(ms(r.noShow.answeredAt));
  }
  if (r.kind === 'CONFERENCE' && r.standing === 'CONTESTED' && r.answeredAt) moments.push(ms(r.answeredAt));
  return Math.max(...moments);
}

/** The ids a certification covers: each record, and a recorded absence, as distinct records. */
export function recordIdsOf(r: ConferralRecord): string[] {
  return r.kind === 'REQUEST' && r.noShow ? [r.id, r.noShow.id] : [r.id];
}

/**
 * The moment conferral counts from: the responses in dispute (or their date passing unanswered),
 * or, when the court returned the dispute to confer, its latest such ruling (DOMAIN.md, "The gate,
 * closed to gaming"): nothing before it counts toward escalating the dispute again.
 */
export function countingFrom(after: string, rulings: readonly RulingRecord[] = []): string {
  let from = after;
  for (const ruling of rulings) {
    if (ruling.outcome === 'RETURNED_TO_CONFER' && ms(ruling.at) > ms(from)) from = ruling.at;
  }
  return from;
}

/** Whether an effort falls in the conferral that counts: after `from` (the responses, or a return). */
export function countsFrom(r: ConferralRecord, from: string): boolean {
  return ms(r.at) >= ms(from) && ms(recordedAt(r)) >= ms(from);
}
