import { CalendarDate } from '../calendar-date';
import { spokenDate } from '../spoken-dates';

export type DiscoveryKindName = 'INTERROGATORIES' | 'PRODUCTION' | 'ADMISSIONS';

export interface TimingInput {
  kind: DiscoveryKindName;
  /** The court day the paper would be served (FRCP 6(a)(4)). */
  servedOn: CalendarDate;
  /** The Rule 26(f) conference; null while it has not been set. */
  conferenceOn: CalendarDate | null;
  /** The action is exempt from initial disclosures, e.g. brought pro se by a person in custody (FRCP 26(a)(1)(B)(iv)). */
  exemptFromDisclosures: boolean;
  /** A stipulation or court order allows earlier discovery (FRCP 26(d)(1)). */
  earlyDiscoveryAllowed: boolean;
}

export type TimingDecision =
  /** Served now. */
  | { allowed: true; early: false; servedOn: CalendarDate; basis: string | null }
  /** Early Rule 34 requests: delivered now, served at the conference (FRCP 26(d)(2)(B)). */
  | { allowed: true; early: true; servedOn: CalendarDate; basis: string }
  | { allowed: false; rule: string; message: string };

/**
 * FRCP 26(d)(1): no discovery from any source before the parties have conferred under Rule 26(f),
 * except in a proceeding exempt from initial disclosure under Rule 26(a)(1)(B), or when authorized by
 * stipulation or court order. FRCP 26(d)(2): Rule 34 requests may be delivered early and are
 * considered served at the first Rule 26(f) conference.
 */
export function decideDiscoveryTiming(input: TimingInput): TimingDecision {
  const { conferenceOn, servedOn } = input;
  if (conferenceOn && servedOn >= conferenceOn) return { allowed: true, early: false, servedOn, basis: null };
  if (input.exemptFromDisclosures) {
    return {
      allowed: true,
      early: false,
      servedOn,
      basis: 'exempt from initial disclosures (FRCP 26(a)(1)(B)(iv))',
    };
  }
  if (input.earlyDiscoveryAllowed) {
    return { allowed: true, early: false, servedOn, basis: 'stipulation or order (FRCP 26(d)(1))' };
  }
  if (input.kind === 'PRODUCTION' && conferenceOn) {
    return {
      allowed: true,
      early: true,
      servedOn: conferenceOn,
      basis: 'early Rule 34 requests (FRCP 26(d)(2))',
    };
  }
  const when = conferenceOn
    ? `before the Rule 26(f) conference on ${spokenDate(conferenceOn)}`
    : 'before the Rule 26(f) conference, which the case has not set yet';
  const early =
    input.kind === 'PRODUCTION'
      ? ' Requests for production can be delivered early once the conference date is recorded (FRCP 26(d)(2)).'
      : '';
  return {
    allowed: false,
    rule: 'FRCP 26(d)(1)',
    message: `Discovery cannot be served ${when}, unless the parties stipulate or the court orders it (FRCP 26(d)(1)).${early}`,
  };
}
