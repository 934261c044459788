import { spokenDate, spokenTime } from '../../components/dates';
import { ConferralEventView, ConferralRequestView } from './dispute-queries';

/** How the parties confer, in the words of a sentence ("asked to confer by telephone"). */
export const MODE_WORDS: Record<ConferralRequestView['mode'], string> = {
  TELEPHONE: 'by telephone',
  VIDEO: 'by video',
  IN_PERSON: 'in person',
  LETTER: 'by letter',
  EMAIL: 'by email',
};

export interface Reader {
  /** The reader's own party. */
  mine: string;
  /** The other side's name. */
  other: string;
  zone: string;
  name: (partyId: string) => string;
}

export const list = (times: readonly string[], zone: string) =>
  times.map((t) => spokenTime(t, zone)).join('; ');

/** What became of a request to confer, told from the record. */
export function requestOutcome(request: ConferralRequestView, other: string, reader: Reader): string {
  const late = request.answeredLate ? ' This answer came after the time to answer had run.' : '';
  const said = request.answerMessage ? ` “${request.answerMessage}”` : '';
  switch (request.status) {
    case 'PENDING':
      return `Waiting for ${other === 'You' ? 'your answer' : `${other} to answer`}${
        request.answerByOn ? `, by ${spokenDate(request.answerByOn)}` : ''
      }.`;
    case 'ACCEPTED':
      return `${other} accepted ${spokenTime(request.acceptedTime ?? '', reader.zone)}.${said}${late}`;
    case 'COUNTERED':
      return `${other} offered other times: ${list(request.counterTimes ?? [], reader.zone)}.${said}${late}`;
    case 'DECLINED':
      return `${other} declined.${said}${late}`;
  }
}

/** Whether the other side agrees with a record of a conference or an absence. */
export function confirmationWords(event: ConferralEventView, other: string): string {
  switch (event.confirmation) {
    case 'CONFIRMED':
      return `${other} confirmed this record.`;
    case 'CONTESTED':
      return `${other} contests this record: “${event.contestReason ?? ''}”`;
    case 'PENDING':
      return `${other} has not yet confirmed or contested this record.`;
    case 'NOT_NEEDED':
      return '';
  }
}
