import { Label, Select } from '@trussworks/react-uswds';
import { useState } from 'react';
import { ActionForm } from '../../components/action-form';
import { instantOnCourtClock } from '../../components/court-clock';
import { spokenDate } from '../../components/dates';
import { Field } from '../../components/field';
import { AnswerItem, EMPTY_ANSWER, ItemAnswer, responseItems } from '../sets/answer-item';
import { MailedDays, MailedDaysValue } from './mailed-days';
import { RECORD_RESPONSE, RECORD_SERVED_SET } from './mail-queries';
import { RecordPaperContext } from './record-paper-queries';

type Sets = RecordPaperContext['discoverySets'];

/** What every form of a mailed paper shares: the case, who sent it, the scan, the days, the court's zone. */
export interface MailedPaper {
  caseId: string;
  /** The party not on Parley that mailed it. */
  sender: { id: string; name: string; incarcerated: boolean };
  /** The reader's own party, on which it was served. */
  mine: string;
  scanId: string | null;
  timeZone: string;
  today: string;
  onDone: (message: string) => void;
}

const KINDS = {
  INTERROGATORIES: 'Interrogatories (questions)',
  PRODUCTION: 'Requests for production',
  ADMISSIONS: 'Requests for admission',
} as const;

const noon = (day: string, zone: string) => instantOnCourtClock(`${day}T12:00`, zone) ?? day;

/** His discovery requests: their kind, title and each request as he wrote it. */
export function RecordSetForm({ paper }: { paper: MailedPaper }) {
  const [kind, setKind] = useState<keyof typeof KINDS>('INTERROGATORIES');
  const [title, setTitle] = useState('');
  const [requests, setRequests] = useState('');
  const [days, setDays] = useState<MailedDaysValue>({ mailedOn: '', receivedOn: paper.today });
  return (
    <ActionForm
      id="record-set"
      heading={`Discovery requests ${paper.sender.name} served`}
      document={RECORD_SERVED_SET}
      variables={() => ({
        input: {
          caseId: paper.caseId,
          servingPartyId: paper.sender.id,
          respondingPartyId: paper.mine,
          kind,
          title,
          // One request per paragraph, as they are numbered on his paper.
          items: requests
            .split(/\n\s*\n/)
            .map((text) => text.trim())
            .filter(Boolean)
            .map((text) => ({ text })),
          method: 'MAIL' as const,
          servedAt: noon(days.mailedOn, paper.timeZone),
          receivedOn: days.receivedOn,
          documentId: paper.scanId ?? '',
        },
      })}
      button="Enter the requests"
      onDone={(data) =>
        paper.onDone(
          `Entered “${data.recordServedSet.title}”: responses are due ${spokenDate(data.recordServedSet.responseDueOn ?? '')}.`,
        )
      }
    >
      <Label htmlFor="record-set-kind">What kind of requests</Label>
      <Select
        id="record-set-kind"
        name="record-set-kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as keyof typeof KINDS)}
      >
        {Object.entries(KINDS).map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </Select>
      <Field id="record-set-title" label="Title, as on the paper" value={title} onChange={setTitle} />
      <Field
        id="record-set-requests"
        label="The requests, in order"
        hint="one per paragraph, with an empty line between them"
        multiline
        value={requests}
        onChange={setRequests}
      />
      <MailedDays id="record-set" value={days} onChange={setDays} incarcerated={paper.sender.incarcerated} />
    </ActionForm>
  );
}

/** His answers to a set your side served on him, request by request. */
export function RecordResponseForm({ paper, sets }: { paper: MailedPaper; sets: Sets }) {
  const answerable = sets.filter(
    (s) =>
      s.servingParty.id === paper.mine &&
      s.respondingParty.id === paper.sender.id &&
      ['SERVED', 'OVERDUE', 'RESPONDED'].includes(s.status),
  );
  const [setId, setSetId] = useState(answerable[0]?.id ?? '');
  const [answers, setAnswers] = useState<Record<string, ItemAnswer>>({});
  const [days, setDays] = useState<MailedDaysValue>({ mailedOn: '', receivedOn: paper.today });
  const set = answerable.find((s) => s.id === setId);
  if (!answerable.length)
    return <p>Your side has served no requests on {paper.sender.name} that await answers.</p>;
  return (
    <ActionForm
      id="record-response"
      heading={`${paper.sender.name}’s answers`}
      document={RECORD_RESPONSE}
      variables={() => ({
        input: {
          setId,
          method: 'MAIL' as const,
          servedAt: noon(days.mailedOn, paper.timeZone),
          receivedOn: days.receivedOn,
          documentId: paper.scanId ?? '',
          items: responseItems(set?.items ?? [], answers),
        },
      })}
      button="Enter the answers"
      onDone={(data) =>
        paper.onDone(
          data.recordResponse.late
            ? 'Entered; the answers were mailed after the response date.'
            : 'Entered the answers.',
        )
      }
    >
      <Label htmlFor="record-response-set">The requests answered</Label>
      <Select
        id="record-response-set"
        name="record-response-set"
        value={setId}
        onChange={(e) => setSetId(e.target.value)}
      >
        {answerable.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </Select>
      {set?.items.map((item) => (
        <AnswerItem
          key={item.id}
          kind={set.kind}
          item={item}
          value={answers[item.id] ?? EMPTY_ANSWER}
          onChange={(change) =>
            setAnswers({ ...answers, [item.id]: { ...(answers[item.id] ?? EMPTY_ANSWER), ...change } })
          }
        />
      ))}
      <MailedDays
        id="record-response"
        value={days}
        onChange={setDays}
        incarcerated={paper.sender.incarcerated}
      />
    </ActionForm>
  );
}
