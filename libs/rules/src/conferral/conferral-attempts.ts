import { RequestRecord, Side } from './conferral-record';
import { spokenDate, spokenDay, spokenTime } from '../spoken-dates';
import { lastDayBefore, ms } from './conferral-time';

const DAY_MS = 86_400_000;

/** How a request to confer became an attempt to confer (FRCP 37(a)(1); Civil L.R. 37-1(b)). */
export type AttemptHow =
  /** No answer offering a time came within the court's days (none at all, or a late one). */
  | 'UNANSWERED'
  /** The other side declined to confer. */
  | 'DECLINED'
  /** The other side did not attend a time it accepted or offered. */
  | 'NOT_ATTENDED'
  /** The other side answered in time, but offered no time within the court's days. */
  | 'NO_TIME_OFFERED';

export interface AttemptFinding {
  requestId: string;
  /** The side that asked to confer: the attempt is its own, and counts for it alone. */
  by: Side;
  /** When the request became an attempt. */
  at: string;
  how: AttemptHow;
  /** What the other side did, in words a court reads (L.R. 37-1(b) asks that it be described). */
  otherSide: string;
  /** The other side's reason, where it contests the record that it did not attend. */
  contested: string | null;
}

/** Where one request to confer stands at a moment. */
export type RequestState =
  /** Unanswered, and the other side's time to answer still runs. */
  | { state: 'WAITING'; until: string }
  /** The other side answered in time with a time to meet: the requester must now confer (or record the absence). */
  | { state: 'OBLIGED'; times: readonly string[]; how: 'ACCEPTED' | 'COUNTERED' }
  | { state: 'ATTEMPT'; attempt: AttemptFinding };

/** The end of the other side's time to answer. */
export function answerDeadline(request: RequestRecord, responseWindowDays: number): string {
  return request.answerBy ?? new Date(ms(request.at) + responseWindowDays * DAY_MS).toISOString();
}

/**
 * Whether a request has become its sender's attempt to confer, as of `now` (DOMAIN.md, "The gate,
 * closed to gaming"; FRCP 37(a)(1) asks that the *movant* attempted):
 * - declined: an attempt at once;
 * - accepted, or countered with a time within the court's days, in time: the requester is obliged to
 *   confer then; when the other side does not attend, the requester's record of that is an attempt
 *   (the other side may contest it, which the court then weighs);
 * - no such answer by the end of the court's days: an attempt then; an answer after that is late and
 *   does not undo it.
 * The records passed are as of `now` (recordsAsOf).
 */
export function requestState(
  request: RequestRecord,
  now: string,
  responseWindowDays: number,
  zone = 'UTC',
): RequestState {
  const answerBy = answerDeadline(request, responseWindowDays);
  const deadline = ms(answerBy);
  const attempt = (at: string, how: AttemptHow, otherSide: string, contested: string | null = null) => ({
    state: 'ATTEMPT' as const,
    attempt: { requestId: request.id, by: request.from, at, how, otherSide, contested },
  });
  // answerBy is the midnight that ends the last day (FRCP 6(a)(4)); people read the day itself.
  const lastDay = lastDayBefore(answerBy, zone);
  const answer = request.answer;
  const timely = answer !== null && ms(answer.at) < deadline;

  if (answer && timely && answer.kind === 'DECLINE') {
    return attempt(answer.at, 'DECLINED', `declined to confer on ${spokenDay(answer.at, zone)}`);
  }
  const offered =
    answer && timely && answer.kind !== 'DECLINE'
      ? answer.kind === 'ACCEPT'
        ? answer.times
        : answer.times.filter((t) => ms(t) < deadline)
      : [];
  if (answer && offered.length > 0) {
    const how = answer.kind === 'ACCEPT' ? 'ACCEPTED' : 'COUNTERED';
    const noShow = request.noShow;
    if (noShow && offered.includes(noShow.scheduledFor) && ms(noShow.scheduledFor) <= ms(noShow.recordedAt)) {
      const verb = how === 'ACCEPTED' ? 'accepted' : 'offered';
      return attempt(
        noShow.recordedAt,
        'NOT_ATTENDED',
        `${verb} to confer at ${spokenTime(noShow.scheduledFor, zone)} and did not attend`,
        noShow.standing === 'CONTESTED' ? noShow.contestReason : null,
      );
    }
    return { state: 'OBLIGED', times: offered, how };
  }
  if (ms(now) < deadline) return { state: 'WAITING', until: answerBy };
  if (answer && timely) {
    return attempt(
      answerBy,
      'NO_TIME_OFFERED',
      `answered on ${spokenDay(answer.at, zone)} offering no time to confer within the court’s time (by ${spokenDate(lastDay)})`,
    );
  }
  return attempt(
    answerBy,
    'UNANSWERED',
    answer
      ? `did not answer within the court’s time (by ${spokenDate(lastDay)}); it answered late, on ${spokenDay(answer.at, zone)}`
      : `did not answer within the court’s time (by ${spokenDate(lastDay)})`,
  );
}
