import { spokenTime } from '../../components/dates';
import { PaperButton } from '../../components/paper-link';
import { confirmationWords, list, MODE_WORDS, Reader, requestOutcome } from './conferral-words';
import { ConferralEventView, ConferralRequestView, DisputeView } from './dispute-queries';
import { ConfirmOrContest } from './record-actions';
import { AnswerRequest, missedTimes, RecordNoShow } from './request-actions';

interface Props {
  dispute: DisputeView;
  reader: Reader;
  /** Whether the record may still grow (the dispute is conferring). */
  open: boolean;
  onChange: () => void;
}

function RequestEntry({ request, reader, open, onChange }: Props & { request: ConferralRequestView }) {
  const mine = request.fromPartyId === reader.mine;
  const other = mine ? reader.other : 'You';
  const missed = mine ? missedTimes(request) : [];
  return (
    <li>
      <p>
        {mine ? 'You' : reader.name(request.fromPartyId)} asked to confer {MODE_WORDS[request.mode]} on{' '}
        {spokenTime(request.requestedAt, reader.zone)}: “{request.message}” Times offered:{' '}
        {list(request.proposedTimes, reader.zone)}.
      </p>
      <p>{requestOutcome(request, other, reader)}</p>
      {open && !mine && request.status === 'PENDING' && (
        <AnswerRequest request={request} zone={reader.zone} onDone={onChange} />
      )}
      {open && missed.length > 0 && (
        <RecordNoShow request={request} zone={reader.zone} times={missed} onDone={onChange} />
      )}
    </li>
  );
}

function EventEntry({ event, reader, open, onChange }: Props & { event: ConferralEventView }) {
  const mine = event.fromPartyId === reader.mine;
  const by = mine ? 'you' : reader.name(event.fromPartyId);
  const when = spokenTime(event.heldAt, reader.zone);
  if (event.kind === 'LETTER') {
    return (
      <li>
        <p>
          Letter from {reader.name(event.fromPartyId)}, {when}: “{event.summary}”
        </p>
        <PaperButton path={`/conferral-events/${event.id}/paper.pdf`} label="Print this letter" />
      </li>
    );
  }
  const details =
    event.kind === 'NO_SHOW'
      ? `Recorded by ${by}: the other side did not come at ${when}. “${event.summary}”`
      : `Conference ${MODE_WORDS[event.mode]} recorded by ${by}: held ${when}` +
        `${event.durationMinutes ? `, ${event.durationMinutes} minutes` : ''}` +
        `${event.participants.length ? `, with ${event.participants.join(', ')}` : ''}. ` +
        `Discussed: “${event.summary}”` +
        `${event.agreed ? ` Agreed: “${event.agreed}”` : ''}` +
        `${event.stillDisputed ? ` Still disputed: “${event.stillDisputed}”` : ''}`;
  return (
    <li>
      <p>{details}</p>
      <p>{confirmationWords(event, mine ? reader.other : 'You')}</p>
      {open && !mine && event.confirmation === 'PENDING' && (
        <ConfirmOrContest event={event} onDone={onChange} />
      )}
    </li>
  );
}

/** The record so far, oldest first: requests to confer and their answers, conferences, absences, letters. */
export function ConferralThread(props: Props) {
  const { dispute } = props;
  const entries = [
    ...dispute.requests.map((request) => ({
      at: request.requestedAt,
      node: <RequestEntry key={request.id} request={request} {...props} />,
    })),
    ...dispute.conferrals.map((event) => ({
      at: event.recordedAt,
      node: <EventEntry key={event.id} event={event} {...props} />,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">Meeting and conferring so far</h2>
      {entries.length === 0 ? (
        <p>Nothing yet: write a letter, ask to confer, or record a conference you held.</p>
      ) : (
        <ul className="usa-list">{entries.map((e) => e.node)}</ul>
      )}
    </section>
  );
}
