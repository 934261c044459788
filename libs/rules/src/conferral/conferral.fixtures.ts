// Builders for the conferral rules' tests (tables and properties); not part of the library's API.
import {
  CertificationRecord,
  ConferenceRecord,
  ConferralMode,
  ConferralSettings,
  LetterRecord,
  RequestAnswer,
  RequestRecord,
  Side,
  Standing,
} from './conferral-record';

export const DAY_MS = 86_400_000;
export const AFTER = '2026-06-02T00:00:00.000Z';
export const NOW = '2026-07-01T00:00:00.000Z';
export const SETTINGS: ConferralSettings = { lettersQualify: false, responseWindowDays: 10 };

export const plus = (iso: string, days: number): string =>
  new Date(Date.parse(iso) + days * DAY_MS).toISOString();

export function request(
  from: Side,
  at: string,
  options: {
    id?: string;
    days?: number;
    answer?: Partial<RequestAnswer> & { kind: RequestAnswer['kind']; at: string };
    noShow?: {
      scheduledFor: string;
      recordedAt: string;
      standing?: Standing;
      reason?: string;
      answeredAt?: string;
    };
    mode?: ConferralMode;
  } = {},
): RequestRecord {
  const id = options.id ?? `request-${from}-${at}`;
  return {
    kind: 'REQUEST',
    id,
    mode: options.mode ?? 'TELEPHONE',
    from,
    at,
    answerBy: plus(at, options.days ?? 10),
    answer: options.answer ? { times: [], ...options.answer } : null,
    noShow: options.noShow
      ? {
          id: `${id}-no-show`,
          scheduledFor: options.noShow.scheduledFor,
          recordedAt: options.noShow.recordedAt,
          standing: options.noShow.standing ?? 'UNCONFIRMED',
          contestReason:
            options.noShow.standing === 'CONTESTED' ? (options.noShow.reason ?? 'It was held.') : null,
          answeredAt:
            options.noShow.standing && options.noShow.standing !== 'UNCONFIRMED'
              ? (options.noShow.answeredAt ?? options.noShow.recordedAt)
              : null,
        }
      : null,
  };
}

export function conference(
  at: string,
  options: {
    id?: string;
    recordedBy?: Side;
    recordedAt?: string;
    standing?: Standing;
    reason?: string;
    answeredAt?: string;
    mode?: ConferralMode;
  } = {},
): ConferenceRecord {
  const standing = options.standing ?? 'UNCONFIRMED';
  return {
    kind: 'CONFERENCE',
    id: options.id ?? `conference-${at}`,
    mode: options.mode ?? 'TELEPHONE',
    at,
    recordedAt: options.recordedAt ?? at,
    recordedBy: options.recordedBy ?? 'REQUESTING',
    standing,
    contestReason: standing === 'CONTESTED' ? (options.reason ?? 'No call took place.') : null,
    answeredAt: standing === 'UNCONFIRMED' ? null : (options.answeredAt ?? options.recordedAt ?? at),
  };
}

export const letter = (at: string, from: Side, mode: 'LETTER' | 'EMAIL' = 'LETTER'): LetterRecord => ({
  kind: 'LETTER',
  id: `letter-${from}-${at}`,
  mode,
  at,
  from,
});

export const certification = (
  by: Side,
  at: string,
  recordIds: string[] = [],
  intact = true,
): CertificationRecord => ({ id: `certification-${by}-${at}`, by, at, recordIds, intact });
