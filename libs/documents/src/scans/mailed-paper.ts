import { BadInputError, CalendarDate } from '@parley/platform';
import { DeadlineStep, spokenDate } from '@parley/rules';

/** The party that mailed a paper, as the rules about its mailing day need it. */
export interface Sender {
  name: string;
  incarcerated: boolean;
}

export interface MailedDays {
  /** The day it was mailed, or handed to prison staff for mailing: time runs from it. */
  mailedOn: CalendarDate;
  /** The day it arrived, kept beside it. */
  receivedOn: CalendarDate;
}

/** "mailed" or, for a prisoner, what counts as mailing (Houston v. Lack, 487 U.S. 266 (1988)). */
function mailingWords(sender: Sender): string {
  return sender.incarcerated ? 'handed to prison staff for mailing' : 'mailed';
}

/**
 * The days of a paper that came by mail, checked against the court's today: it cannot have been mailed
 * or received in the future, nor received before it was mailed. The receipt day defaults to today.
 */
export function mailedDays(
  sender: Sender,
  mailedOn: CalendarDate,
  receivedOn: CalendarDate | undefined,
  today: CalendarDate,
): MailedDays {
  if (mailedOn > today) {
    throw new BadInputError(
      `The day it was ${mailingWords(sender)} (${spokenDate(mailedOn)}) is in the future: give the day its certificate of service states.`,
    );
  }
  const received = receivedOn ?? today;
  if (received > today) {
    throw new BadInputError(
      `receivedOn (${spokenDate(received)}) is in the future: give the day the paper arrived.`,
    );
  }
  if (received < mailedOn) {
    throw new BadInputError(
      `receivedOn (${spokenDate(received)}) comes before the day it was ${mailingWords(sender)} (${spokenDate(mailedOn)}).`,
    );
  }
  return { mailedOn, receivedOn: received };
}

/**
 * How the day of service was found, as a deadline's first step: service by mail is complete on mailing
 * (FRCP 5(b)(2)(C)); a prisoner's paper is mailed when handed to prison staff (Houston v. Lack).
 */
export function mailingStep(sender: Sender, days: MailedDays): DeadlineStep {
  return sender.incarcerated
    ? {
        rule: 'Houston v. Lack, 487 U.S. 266 (1988)',
        text: `${sender.name}, in custody, handed the paper to prison staff for mailing on ${spokenDate(days.mailedOn)} (received ${spokenDate(days.receivedOn)}); it is served on that day.`,
        date: days.mailedOn,
      }
    : {
        rule: 'FRCP 5(b)(2)(C)',
        text: `${sender.name} mailed the paper on ${spokenDate(days.mailedOn)} (received ${spokenDate(days.receivedOn)}); service by mail is complete on mailing.`,
        date: days.mailedOn,
      };
}

/** The words for a paper's signature when it was signed by hand on paper. */
export function handSignature(signature: string | undefined, sender: Sender): string {
  return signature?.trim() || `Signed by hand: ${sender.name}`;
}
