export type ConferralMode = 'IN_PERSON' | 'VIDEO' | 'TELEPHONE' | 'LETTER' | 'EMAIL';
export type Side = 'REQUESTING' | 'RESPONDING';

/** One recorded conferral effort, reduced to what the policy weighs. */
export type ConferralRecord =
  | {
      kind: 'CONFERENCE';
      id: string;
      mode: ConferralMode;
      /** When it was held (ISO instant). */
      at: string;
      /** The other side disputes that it happened as recorded. */
      contested: boolean;
    }
  | { kind: 'LETTER'; id: string; mode: 'LETTER' | 'EMAIL'; at: string; from: Side }
  | {
      kind: 'REQUEST';
      id: string;
      mode: ConferralMode;
      at: string;
      from: Side;
      /** When the other side accepted, countered or declined; null while unanswered. */
      answeredAt: string | null;
      /** The end of the other side's reasonable time to answer (the court's days, counted under FRCP 6). */
      answerBy: string;
    };

export interface ConferralPolicyInput {
  records: readonly ConferralRecord[];
  /** Efforts count only after the responses in dispute were served, or their due date passed. */
  after: string;
  /** The case allows an exchange of letters to qualify (default on with a pro se, incarcerated party). */
  lettersQualify: boolean;
  now: string;
}

export type ConferralAssessment =
  | {
      qualifies: true;
      basis: 'CONFERENCE' | 'LETTER_EXCHANGE' | 'ATTEMPT';
      rule: string;
      recordIds: string[];
      explanation: string;
    }
  | { qualifies: false; explanation: string };

/** Direct dialogue: face to face, by video or by telephone (N.D. Cal. Civil L.R. 1-5(n)). */
export const DIRECT_DIALOGUE: readonly ConferralMode[] = ['IN_PERSON', 'VIDEO', 'TELEPHONE'];

/**
 * Whether the parties conferred, or the requesting side attempted to, in good faith (FRCP 37(a)(1);
 * N.D. Cal. Civil L.R. 1-5(n), 37-1(a)):
 * - a conference held by direct dialogue qualifies, unless the other side contests the record;
 * - letters and emails alone do not;
 * - where the case allows it (a pro se prisoner, as in Luckert v. Brannon), an exchange of letters
 *   with at least one each way qualifies;
 * - a request to confer left unanswered past the court's reasonable time is an attempt to confer,
 *   which FRCP 37(a)(1) accepts (and L.R. 37-1(b) asks to be described).
 * Only efforts after the responses in dispute (or after their date passed unanswered) count.
 */
export function assessConferral(input: ConferralPolicyInput): ConferralAssessment {
  const after = Date.parse(input.after);
  const now = Date.parse(input.now);
  const relevant = input.records.filter((r) => Date.parse(r.at) >= after && Date.parse(r.at) <= now);

  const conference = relevant.find(
    (r): r is Extract<ConferralRecord, { kind: 'CONFERENCE' }> =>
      r.kind === 'CONFERENCE' && DIRECT_DIALOGUE.includes(r.mode) && !r.contested,
  );
  if (conference) {
    return {
      qualifies: true,
      basis: 'CONFERENCE',
      rule: 'FRCP 37(a)(1); N.D. Cal. Civil L.R. 1-5(n)',
      recordIds: [conference.id],
      explanation: `The parties conferred by ${conference.mode.toLowerCase().replace('_', ' ')} on ${conference.at.slice(0, 10)}.`,
    };
  }

  if (input.lettersQualify) {
    const letters = relevant.filter(
      (r): r is Extract<ConferralRecord, { kind: 'LETTER' }> => r.kind === 'LETTER',
    );
    const fromRequesting = letters.find((l) => l.from === 'REQUESTING');
    const fromResponding = letters.find((l) => l.from === 'RESPONDING');
    if (fromRequesting && fromResponding) {
      return {
        qualifies: true,
        basis: 'LETTER_EXCHANGE',
        rule: 'FRCP 37(a)(1), as the case’s conferral policy allows for a party in custody',
        recordIds: [fromRequesting.id, fromResponding.id],
        explanation:
          'The parties exchanged letters, at least one each way, which this case accepts as conferral.',
      };
    }
  }

  const unanswered = relevant.find(
    (r): r is Extract<ConferralRecord, { kind: 'REQUEST' }> =>
      r.kind === 'REQUEST' &&
      r.answeredAt === null &&
      now >= Date.parse(r.answerBy) &&
      !relevant.some(
        (other) => other !== r && Date.parse(other.at) > Date.parse(r.at) && answersFrom(other, r.from),
      ),
  );
  if (unanswered) {
    return {
      qualifies: true,
      basis: 'ATTEMPT',
      rule: 'FRCP 37(a)(1) (attempted to confer); N.D. Cal. Civil L.R. 37-1(b)',
      recordIds: [unanswered.id],
      explanation: `A request to confer sent ${unanswered.at.slice(0, 10)} went unanswered past the court’s time to answer (${unanswered.answerBy.slice(0, 10)}).`,
    };
  }

  const letterOnly = relevant.some((r) => r.kind === 'LETTER');
  return {
    qualifies: false,
    explanation:
      letterOnly && !input.lettersQualify
        ? 'Letters and emails alone are not conferral here: confer in person, by video or by telephone (N.D. Cal. Civil L.R. 1-5(n)), or record a request the other side leaves unanswered.'
        : 'There is no conference by direct dialogue after the responses, no qualifying exchange, and no unanswered request to confer.',
  };
}

/** Any later effort by the side a request was sent to answers it. */
function answersFrom(record: ConferralRecord, requester: Side): boolean {
  if (record.kind === 'CONFERENCE') return true;
  return record.from !== requester;
}
