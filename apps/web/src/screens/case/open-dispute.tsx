import { Alert, Button, Form, Label, Textarea } from '@trussworks/react-uswds';
import { useNavigate } from '@tanstack/react-router';
import { FormEvent, Fragment, useState } from 'react';
import { useMutation } from 'urql';
import { ItemChoices } from '../../components/item-choices';
import { refusalOf } from '../../components/refusal';
import { OPEN_DISPUTE } from '../disputes/dispute-queries';
import { ChosenEntries, EntryChoices } from '../privilege-log/entry-choices';
import { CaseSet } from './case-queries';

/**
 * The dispute's items and the log entries it challenges, as the API takes them: an entry's requests
 * join the items (the API adds them too; the first item names the requests the dispute is over).
 */
export function disputeInput(
  caseId: string,
  summary: string,
  chosen: readonly string[],
  entries: ChosenEntries,
) {
  const entryIds = Object.keys(entries);
  return {
    caseId,
    summary,
    itemIds: [...new Set([...chosen, ...entryIds.flatMap((id) => entries[id])])],
    ...(entryIds.length ? { privilegeLogEntryIds: entryIds } : {}),
  };
}

/**
 * Open a dispute over chosen requests your party served, or over entries of the other side's privilege
 * log for them; whether they may be disputed yet is the API's call.
 */
export function OpenDispute({ caseId, sets }: { caseId: string; sets: CaseSet[] }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [entries, setEntries] = useState<ChosenEntries>({});
  const [summary, setSummary] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof refusalOf> | null>(null);
  const [{ fetching }, open] = useMutation(OPEN_DISPUTE);
  const navigate = useNavigate();
  if (!sets.length) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await open({ input: disputeInput(caseId, summary, chosen, entries) });
    if (!result.data) return setProblem(refusalOf(result.error));
    await navigate({ to: '/disputes/$disputeId', params: { disputeId: result.data.openDispute.id } });
  }

  return (
    <section className="margin-top-4" aria-labelledby="open-dispute-heading">
      <h2 id="open-dispute-heading">Dispute answers you received</h2>
      {problem && (
        <Alert type="error" headingLevel="h3" heading="No dispute was opened" role="alert">
          {problem.message}
          {problem.rule ? ` (${problem.rule})` : ''}
        </Alert>
      )}
      <Form onSubmit={submit} large>
        {sets.map((set) => (
          <Fragment key={set.id}>
            <ItemChoices
              idPrefix="dispute"
              legend={set.title}
              items={set.items}
              chosen={chosen}
              onChange={setChosen}
            />
            {set.kind === 'PRODUCTION' && (
              <EntryChoices
                setId={set.id}
                legend={`Privilege log entries for “${set.title}”`}
                chosen={entries}
                onChange={setEntries}
              />
            )}
          </Fragment>
        ))}
        <Label htmlFor="dispute-summary">What is wrong with the answers</Label>
        <Textarea
          id="dispute-summary"
          name="dispute-summary"
          required
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        <Button
          type="submit"
          disabled={fetching || (chosen.length === 0 && Object.keys(entries).length === 0)}
        >
          Open the dispute
        </Button>
      </Form>
    </section>
  );
}
