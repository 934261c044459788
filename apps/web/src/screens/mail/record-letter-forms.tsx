import { Label, Select } from '@trussworks/react-uswds';
import { useState } from 'react';
import { ActionForm } from '../../components/action-form';
import { Field } from '../../components/field';
import { ItemChoices } from '../../components/item-choices';
import { MailedDays, MailedDaysValue } from './mailed-days';
import { RECORD_DISPUTE_LETTER, RECORD_LETTER } from './mail-queries';
import { MailedPaper } from './record-forms';
import { RecordPaperContext } from './record-paper-queries';

type Sets = RecordPaperContext['discoverySets'];
type Disputes = RecordPaperContext['disputes'];

/** What both letter forms ask: what the letter says, and the days it was mailed and arrived. */
function useLetter(paper: MailedPaper, id: string) {
  const [body, setBody] = useState('');
  const [days, setDays] = useState<MailedDaysValue>({ mailedOn: '', receivedOn: paper.today });
  return {
    input: () => ({
      fromPartyId: paper.sender.id,
      sentOn: days.mailedOn,
      receivedOn: days.receivedOn,
      documentId: paper.scanId ?? '',
      body,
    }),
    fields: (
      <>
        <Field
          id={`${id}-body`}
          label="What the letter says"
          hint="transcribed, or in short"
          multiline
          value={body}
          onChange={setBody}
        />
        <MailedDays id={id} value={days} onChange={setDays} incarcerated={paper.sender.incarcerated} />
      </>
    ),
  };
}

/** His letter about a dispute with your side: it counts toward a letter exchange. */
export function RecordLetterForm({ paper, disputes }: { paper: MailedPaper; disputes: Disputes }) {
  const open = disputes.filter(
    (d) =>
      d.status === 'CONFERRING' &&
      [d.requestingParty.id, d.respondingParty.id].includes(paper.sender.id) &&
      [d.requestingParty.id, d.respondingParty.id].includes(paper.mine),
  );
  const [disputeId, setDisputeId] = useState(open[0]?.id ?? '');
  const letter = useLetter(paper, 'record-letter');
  if (!open.length)
    return <p>There is no dispute with {paper.sender.name} in which the parties are conferring.</p>;
  return (
    <ActionForm
      id="record-letter"
      heading={`${paper.sender.name}’s letter`}
      document={RECORD_LETTER}
      variables={() => ({
        input: { disputeId, ...letter.input() },
      })}
      button="Enter the letter"
      onDone={() => paper.onDone('Entered the letter; it counts toward a letter exchange.')}
    >
      <Label htmlFor="record-letter-dispute">The dispute it is about</Label>
      <Select
        id="record-letter-dispute"
        name="record-letter-dispute"
        value={disputeId}
        onChange={(e) => setDisputeId(e.target.value)}
      >
        {open.map((d) => (
          <option key={d.id} value={d.id}>
            {d.summary}
          </option>
        ))}
      </Select>
      {letter.fields}
    </ActionForm>
  );
}

/**
 * A letter saying the answers to requests he served on your side are missing or wrong: it opens the
 * dispute on the writer's behalf over the requests it names, and is its first letter.
 */
export function RecordDisputeLetterForm({ paper, sets }: { paper: MailedPaper; sets: Sets }) {
  const his = sets.filter(
    (s) =>
      s.servingParty.id === paper.sender.id &&
      s.respondingParty.id === paper.mine &&
      ['SERVED', 'OVERDUE', 'RESPONDED'].includes(s.status),
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const letter = useLetter(paper, 'record-dispute-letter');
  if (!his.length) return <p>{paper.sender.name} has served no requests on your side to dispute.</p>;
  return (
    <ActionForm
      id="record-dispute-letter"
      heading={`${paper.sender.name}’s letter disputing your side’s answers`}
      document={RECORD_DISPUTE_LETTER}
      variables={() => ({
        input: { caseId: paper.caseId, itemIds: chosen, summary, ...letter.input() },
      })}
      button="Enter the letter and open the dispute"
      onDone={() =>
        paper.onDone(
          `Entered the letter; the dispute it raises is open. Answer it by letter from the dispute: your letter goes to ${paper.sender.name} by mail.`,
        )
      }
    >
      {his.map((set) => (
        <ItemChoices
          key={set.id}
          idPrefix="record-dispute-letter"
          legend={`The requests it disputes: ${set.title}`}
          items={set.items}
          chosen={chosen}
          onChange={setChosen}
        />
      ))}
      <Field
        id="record-dispute-letter-summary"
        label={`What ${paper.sender.name} says is wrong`}
        hint="in a sentence: it names the dispute"
        value={summary}
        onChange={setSummary}
      />
      {letter.fields}
    </ActionForm>
  );
}
