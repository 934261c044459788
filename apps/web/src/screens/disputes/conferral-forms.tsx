import { Checkbox, Label, Select, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { instantOnCourtClock, zoneName } from '../../components/court-clock';
import { Field, TimeField } from '../../components/field';
import { LOG_CONFERENCE, REQUEST_CONFERENCE } from './conferral-queries';
import { MODE_WORDS } from './conferral-words';
import { ActionForm } from '../../components/action-form';

type Mode = keyof typeof MODE_WORDS;
const CONFERENCE_MODES: Mode[] = ['TELEPHONE', 'VIDEO', 'IN_PERSON'];

function ModeSelect({
  id,
  modes,
  value,
  onChange,
}: {
  id: string;
  modes: Mode[];
  value: Mode;
  onChange: (m: Mode) => void;
}) {
  return (
    <>
      <Label htmlFor={id}>How</Label>
      <Select id={id} name={id} value={value} onChange={(e) => onChange(e.target.value as Mode)}>
        {modes.map((m) => (
          <option key={m} value={m}>
            {MODE_WORDS[m][0].toUpperCase() + MODE_WORDS[m].slice(1)}
          </option>
        ))}
      </Select>
    </>
  );
}

/** Ask the other side to confer, offering times on the court's clock. */
export function AskToConfer({
  disputeId,
  zone,
  onDone,
}: {
  disputeId: string;
  zone: string;
  onDone: () => void;
}) {
  const [mode, setMode] = useState<Mode>('TELEPHONE');
  const [times, setTimes] = useState(['', '', '']);
  const [message, setMessage] = useState('');
  const proposedTimes = times.map((t) => instantOnCourtClock(t, zone)).filter((t): t is string => t !== null);
  return (
    <ActionForm
      id="ask"
      heading="Ask the other side to confer"
      document={REQUEST_CONFERENCE}
      variables={() => ({ input: { disputeId, mode, proposedTimes, message } })}
      button="Send the request to confer"
      onDone={() => {
        setTimes(['', '', '']);
        setMessage('');
        onDone();
      }}
    >
      <ModeSelect id="ask-mode" modes={Object.keys(MODE_WORDS) as Mode[]} value={mode} onChange={setMode} />
      {times.map((value, i) => (
        <TimeField
          key={i}
          id={`ask-time-${i}`}
          label={i === 0 ? 'A time you can confer' : 'Another time you can confer'}
          zone={zoneName(zone)}
          optional={i > 0}
          value={value}
          onChange={(v) => setTimes(times.map((old, j) => (j === i ? v : old)))}
        />
      ))}
      <Field multiline id="ask-message" label="Your message" value={message} onChange={setMessage} />
    </ActionForm>
  );
}

/** Record a conference held; the other side then confirms or contests it. */
export function LogConference({
  disputeId,
  zone,
  onDone,
}: {
  disputeId: string;
  zone: string;
  onDone: () => void;
}) {
  const empty = { heldAt: '', minutes: '', participants: '', summary: '', agreed: '', stillDisputed: '' };
  const [form, setForm] = useState(empty);
  const [mode, setMode] = useState<Mode>('TELEPHONE');
  const [lead, setLead] = useState(false);
  const set = (key: keyof typeof empty) => (value: string) => setForm({ ...form, [key]: value });
  return (
    <ActionForm
      id="log"
      heading="Record a conference you held"
      document={LOG_CONFERENCE}
      variables={() => ({
        input: {
          disputeId,
          mode,
          heldAt: instantOnCourtClock(form.heldAt, zone) ?? '',
          durationMinutes: Number(form.minutes),
          participants: form.participants
            .split('\n')
            .map((p) => p.trim())
            .filter(Boolean),
          leadCounselParticipated: lead,
          summary: form.summary,
          agreed: form.agreed || null,
          stillDisputed: form.stillDisputed || null,
        },
      })}
      button="Record the conference"
      onDone={() => {
        setForm(empty);
        onDone();
      }}
    >
      <ModeSelect id="log-mode" modes={CONFERENCE_MODES} value={mode} onChange={setMode} />
      <TimeField
        id="log-held"
        label="When it was held"
        zone={zoneName(zone)}
        value={form.heldAt}
        onChange={set('heldAt')}
      />
      <Label htmlFor="log-minutes">How long, in minutes</Label>
      <TextInput
        id="log-minutes"
        name="log-minutes"
        type="number"
        min={1}
        required
        value={form.minutes}
        onChange={(e) => set('minutes')(e.target.value)}
      />
      <Field
        multiline
        id="log-participants"
        label="Who took part, with their roles"
        hint="one per line"
        value={form.participants}
        onChange={set('participants')}
      />
      <Checkbox
        id="log-lead"
        name="log-lead"
        label="Lead counsel took part"
        checked={lead}
        onChange={(e) => setLead(e.target.checked)}
      />
      <Field
        multiline
        id="log-summary"
        label="What was discussed"
        value={form.summary}
        onChange={set('summary')}
      />
      <Field
        multiline
        optional
        id="log-agreed"
        label="What was agreed"
        value={form.agreed}
        onChange={set('agreed')}
      />
      <Field
        multiline
        optional
        id="log-still"
        label="What is still disputed"
        value={form.stillDisputed}
        onChange={set('stillDisputed')}
      />
    </ActionForm>
  );
}
