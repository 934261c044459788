import { Fieldset, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { spokenTime } from '../../components/dates';
import { instantOnCourtClock, zoneName } from '../../components/court-clock';
import { Field, TimeField } from '../../components/field';
import { ANSWER_REQUEST, RECORD_NO_SHOW } from './conferral-queries';
import { ActionForm } from '../../components/action-form';
import { ConferralRequestView } from './dispute-queries';

type Choice = { answer: 'ACCEPT'; time: string } | { answer: 'COUNTER' } | { answer: 'DECLINE' };

/** The side asked to confer takes one of the times, offers others, or declines. */
export function AnswerRequest({
  request,
  zone,
  onDone,
}: {
  request: ConferralRequestView;
  zone: string;
  onDone: () => void;
}) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const [counter, setCounter] = useState(['', '']);
  const [message, setMessage] = useState('');
  const id = `answer-${request.id}`;
  const counterTimes = counter
    .map((t) => instantOnCourtClock(t, zone))
    .filter((t): t is string => t !== null);
  return (
    <ActionForm
      level={3}
      id={id}
      heading="Answer this request to confer"
      document={ANSWER_REQUEST}
      variables={() => ({
        input: {
          requestId: request.id,
          answer: choice?.answer ?? 'ACCEPT',
          acceptedTime: choice?.answer === 'ACCEPT' ? choice.time : null,
          counterTimes: choice?.answer === 'COUNTER' ? counterTimes : null,
          message: message || null,
        },
      })}
      button="Send my answer"
      onDone={onDone}
    >
      <Fieldset legend="Your answer">
        {request.proposedTimes.map((time) => (
          <Radio
            key={time}
            id={`${id}-${time}`}
            name={id}
            label={`I can confer ${spokenTime(time, zone)}`}
            checked={choice?.answer === 'ACCEPT' && choice.time === time}
            onChange={() => setChoice({ answer: 'ACCEPT', time })}
            required
          />
        ))}
        <Radio
          id={`${id}-counter`}
          name={id}
          label="None of these times: I offer others"
          checked={choice?.answer === 'COUNTER'}
          onChange={() => setChoice({ answer: 'COUNTER' })}
        />
        <Radio
          id={`${id}-decline`}
          name={id}
          label="I decline to confer"
          checked={choice?.answer === 'DECLINE'}
          onChange={() => setChoice({ answer: 'DECLINE' })}
        />
      </Fieldset>
      {choice?.answer === 'COUNTER' &&
        counter.map((value, i) => (
          <TimeField
            key={i}
            id={`${id}-time-${i}`}
            label={i ? 'Another time you offer' : 'A time you offer'}
            zone={zoneName(zone)}
            optional={i > 0}
            value={value}
            onChange={(v) => setCounter(counter.map((old, j) => (j === i ? v : old)))}
          />
        ))}
      <Field
        multiline
        optional
        id={`${id}-message`}
        label="A message to the other side"
        value={message}
        onChange={setMessage}
      />
    </ActionForm>
  );
}

/** The times the other side took or offered that have passed: only such a time can have been missed. */
export function missedTimes(request: ConferralRequestView, now = Date.now()): string[] {
  const times = request.status === 'ACCEPTED' ? [request.acceptedTime ?? ''] : (request.counterTimes ?? []);
  return times.filter((t) => t && new Date(t).getTime() < now);
}

/** The side that asked records that the other side did not come at a time it had taken or offered. */
export function RecordNoShow({
  request,
  zone,
  times,
  onDone,
}: {
  request: ConferralRequestView;
  zone: string;
  times: string[];
  onDone: () => void;
}) {
  const [scheduledFor, setScheduledFor] = useState(times[0]);
  const [note, setNote] = useState('');
  const id = `no-show-${request.id}`;
  return (
    <ActionForm
      level={3}
      id={id}
      heading="Record that the other side did not come"
      document={RECORD_NO_SHOW}
      variables={() => ({ input: { requestId: request.id, scheduledFor, note } })}
      button="Record that they did not come"
      onDone={onDone}
    >
      {times.length > 1 && (
        <Fieldset legend="The time that was not kept">
          {times.map((time) => (
            <Radio
              key={time}
              id={`${id}-${time}`}
              name={id}
              label={spokenTime(time, zone)}
              checked={scheduledFor === time}
              onChange={() => setScheduledFor(time)}
            />
          ))}
        </Fieldset>
      )}
      <Field
        multiline
        id={`${id}-note`}
        label="What happened: how you were ready to confer, and what you heard back"
        value={note}
        onChange={setNote}
      />
    </ActionForm>
  );
}
