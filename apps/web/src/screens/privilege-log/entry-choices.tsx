import { Checkbox, Fieldset } from '@trussworks/react-uswds';
import { useQuery } from 'urql';
import { spokenDate } from '../../components/dates';
import { ENTRIES_TO_DISPUTE, PRIVILEGE_WORDS } from './privilege-log-queries';

/** The entries chosen so far, each with the requests it withholds from (they join the dispute's items). */
export type ChosenEntries = Record<string, readonly string[]>;

/** The served entries of the other side's privilege log for one set, each a checkbox: which a dispute challenges. */
export function EntryChoices({
  setId,
  legend,
  chosen,
  onChange,
}: {
  setId: string;
  legend: string;
  chosen: ChosenEntries;
  onChange: (chosen: ChosenEntries) => void;
}) {
  const [{ data }] = useQuery({ query: ENTRIES_TO_DISPUTE, variables: { setId } });
  const served = data?.privilegeLogEntries.filter((e) => e.served) ?? [];
  if (served.length === 0) return null;
  return (
    <Fieldset legend={legend}>
      {served.map((e) => (
        <Checkbox
          key={e.id}
          id={`dispute-entry-${e.id}`}
          name="privilege-log-entries"
          label={`Log entry No. ${e.number}: ${e.documentType}, ${spokenDate(e.date)}, “${e.subject}”`}
          labelDescription={`${PRIVILEGE_WORDS[e.privilege]}; withheld from ${e.requestNumbers.map((n) => `No. ${n}`).join(', ')}`}
          checked={e.id in chosen}
          onChange={(event) => {
            const next = { ...chosen };
            if (event.target.checked) next[e.id] = e.requestItemIds;
            else delete next[e.id];
            onChange(next);
          }}
        />
      ))}
    </Fieldset>
  );
}
