import { AttemptFinding, requestState, RequestState } from './conferral-attempts';
import {
  ConferenceRecord,
  ConferralRecord,
  ConferralSettings,
  countingFrom,
  countsFrom,
  DIRECT_DIALOGUE,
  LetterRecord,
  modeWords,
  recordsAsOf,
  RequestRecord,
  RulingRecord,
  Side,
} from './conferral-record';
import { spokenDate, spokenDay } from '../spoken-dates';
import { lastDayBefore, ms } from './conferral-time';

export interface ConferralPolicyInput {
  records: readonly ConferralRecord[];
  /** The side that would go to the court: only its own attempts count for it (FRCP 37(a)(1)). */
  movant: Side;
  /** Efforts count only after the responses in dispute were served, or their due date passed. */
  after: string;
  /** The dispute's rulings; after a return to confer, nothing before it counts. */
  rulings?: readonly RulingRecord[];
  settings: ConferralSettings;
  now: string;
}

export type ConferralBasis = 'CONFERENCE' | 'LETTER_EXCHANGE' | 'ATTEMPT';

interface AssessmentCommon {
  movant: Side;
  /** The moment conferral counts from: the responses, or the court's latest return to confer. */
  countFrom: string;
  explanation: string;
  /** Every attempt on the record, either side's, each credited to the side that made it. */
  attempts: AttemptFinding[];
}

export type ConferralAssessment =
  | (AssessmentCommon & {
      qualifies: true;
      basis: ConferralBasis;
      rule: string;
      recordIds: string[];
      /** The movant's attempt relied on, where the basis is an attempt. */
      attempt: AttemptFinding | null;
    })
  | (AssessmentCommon & { qualifies: false });

const STANDING_ORDER = { CONFIRMED: 0, UNCONFIRMED: 1, CONTESTED: 2 } as const;

/**
 * Whether the movant conferred, or attempted to confer, in good faith (FRCP 37(a)(1); N.D. Cal.
 * Civil L.R. 1-5(n), 37-1; DOMAIN.md, "The gate, closed to gaming"):
 * - a conference by direct dialogue counts for both sides once recorded; the other side may confirm or
 *   contest the record, and a contest is for the court to weigh, not a veto;
 * - letters and emails alone do not, except where the case allows an exchange of letters (at least
 *   one each way), which then counts for both sides;
 * - an attempt (requestState) counts only for the side that made it: the other side can neither
 *   block it nor borrow it.
 * Only efforts after the responses in dispute (or their date passing), and after the court's latest
 * return to confer, count; the records are read as they stood at `now`.
 */
export function assessConferral(input: ConferralPolicyInput): ConferralAssessment {
  const zone = input.settings.timeZone ?? 'UTC';
  const countFrom = countingFrom(input.after, input.rulings);
  const relevant = recordsAsOf(input.records, input.now).filter((r) => countsFrom(r, countFrom));
  const requests = relevant.filter((r): r is RequestRecord => r.kind === 'REQUEST');
  const states = new Map<string, RequestState>(
    requests.map((r) => [r.id, requestState(r, input.now, input.settings.responseWindowDays, zone)]),
  );
  const attempts = [...states.values()]
    .flatMap((s) => (s.state === 'ATTEMPT' ? [s.attempt] : []))
    .sort((a, b) => ms(a.at) - ms(b.at));
  const common = { movant: input.movant, countFrom, attempts };

  const conference = relevant
    .filter((r): r is ConferenceRecord => r.kind === 'CONFERENCE' && DIRECT_DIALOGUE.includes(r.mode))
    .sort((a, b) => STANDING_ORDER[a.standing] - STANDING_ORDER[b.standing] || ms(a.at) - ms(b.at))[0];
  if (conference) {
    return {
      ...common,
      qualifies: true,
      basis: 'CONFERENCE',
      rule: 'FRCP 37(a)(1); N.D. Cal. Civil L.R. 1-5(n)',
      recordIds: [conference.id],
      attempt: null,
      // A conference counts when recorded (DOMAIN.md), but the explanation never hides a contest.
      explanation: conferenceExplanation(conference, zone),
    };
  }

  if (input.settings.lettersQualify) {
    const letters = relevant.filter((r): r is LetterRecord => r.kind === 'LETTER');
    const fromRequesting = letters.find((l) => l.from === 'REQUESTING');
    const fromResponding = letters.find((l) => l.from === 'RESPONDING');
    if (fromRequesting && fromResponding) {
      return {
        ...common,
        qualifies: true,
        basis: 'LETTER_EXCHANGE',
        rule: 'FRCP 37(a)(1), as the case’s conferral policy allows for a party in custody',
        recordIds: [fromRequesting.id, fromResponding.id],
        attempt: null,
        explanation:
          'The parties exchanged letters, at least one each way, which this case accepts as conferral.',
      };
    }
  }

  const mine = attempts.find((a) => a.by === input.movant);
  if (mine) {
    return {
      ...common,
      qualifies: true,
      basis: 'ATTEMPT',
      rule: 'FRCP 37(a)(1) (attempted to confer); N.D. Cal. Civil L.R. 37-1(b)',
      recordIds: [mine.requestId],
      attempt: mine,
      explanation: `${sideName(input.movant, true)} asked to confer on ${spokenDay(requestOf(requests, mine.requestId).at, zone)}; the other side ${mine.otherSide}. That is an attempt to confer.`,
    };
  }

  return { ...common, qualifies: false, explanation: whyNot(input, relevant, requests, states, zone) };
}

const sideName = (side: Side, capital = false) =>
  `${capital ? 'The' : 'the'} ${side === 'REQUESTING' ? 'requesting' : 'responding'} side`;

const requestOf = (requests: readonly RequestRecord[], id: string) =>
  requests.find((r) => r.id === id) as RequestRecord;

/** What is missing, and what the movant can do about it, in plain words. */
function whyNot(
  input: ConferralPolicyInput,
  relevant: readonly ConferralRecord[],
  requests: readonly RequestRecord[],
  states: ReadonlyMap<string, RequestState>,
  zone: string,
): string {
  const reasons: string[] = [];
  const lettersOnly = relevant.some((r) => r.kind === 'LETTER');
  reasons.push(
    lettersOnly && !input.settings.lettersQualify
      ? 'Letters and emails alone are not conferral here: confer in person, by video or by telephone (N.D. Cal. Civil L.R. 1-5(n)), or ask to confer.'
      : 'There is no conference by direct dialogue after the responses, no qualifying exchange of letters, and no attempt to confer of your own.',
  );
  for (const request of requests.filter((r) => r.from === input.movant)) {
    const state = states.get(request.id) as RequestState;
    if (state.state === 'WAITING') {
      reasons.push(
        `Your request of ${spokenDay(request.at, zone)} is not yet an attempt: the other side may answer until ${spokenDate(lastDayBefore(state.until, zone))}.`,
      );
    } else if (state.state === 'OBLIGED') {
      reasons.push(
        `The other side ${state.how === 'ACCEPTED' ? 'accepted' : 'offered'} a time to confer in answer to your request of ${spokenDay(request.at, zone)}: confer then, and if it does not attend, record that it did not come.`,
      );
    }
  }
  if (requests.some((r) => r.from !== input.movant && states.get(r.id)?.state === 'ATTEMPT')) {
    reasons.push(
      'The other side’s attempt to confer is its own and counts only for it (FRCP 37(a)(1)); to go to the court yourself, confer, or ask to confer.',
    );
  }
  return reasons.join(' ');
}

const SIDE_WORDS: Record<Side, string> = {
  REQUESTING: 'The requesting side',
  RESPONDING: 'The responding side',
};

/** What the conference record shows, with where it stands with the side that did not record it. */
function conferenceExplanation(conference: ConferenceRecord, zone: string): string {
  const held = `${modeWords(conference.mode)} on ${spokenDay(conference.at, zone)}`;
  const by = SIDE_WORDS[conference.recordedBy];
  switch (conference.standing) {
    case 'CONFIRMED':
      return `The parties conferred ${held}.`;
    case 'CONTESTED':
      return `${by} records a conference ${held}, which the other side contests.`;
    default:
      return `${by} records a conference ${held}; the other side has not confirmed it yet.`;
  }
}
