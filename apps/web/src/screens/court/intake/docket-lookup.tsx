import { Alert, Button, Form, Label, TextInput } from '@trussworks/react-uswds';
import { FormEvent, useState } from 'react';
import { useClient } from 'urql';
import { refusalOf } from '../../../components/refusal';
import { DOCKET_LOOKUP, DocketEntry } from './intake-queries';

/** Find a case of the court by its docket number, as the envelope gives it: the public docket only. */
export function DocketLookup({
  courtId,
  onFound,
}: {
  courtId: string;
  onFound: (entry: DocketEntry) => void;
}) {
  const client = useClient();
  const [docketNumber, setDocketNumber] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearching(true);
    const result = await client.query(
      DOCKET_LOOKUP,
      { courtId, docketNumber },
      { requestPolicy: 'network-only' },
    );
    setSearching(false);
    if (result.error) return setProblem(refusalOf(result.error).message);
    const entry = result.data?.docketLookup;
    if (!entry) return setProblem(`No case on Parley has docket number ${docketNumber} in this court.`);
    setProblem(null);
    onFound(entry);
  }

  return (
    <Form onSubmit={submit} large>
      {problem && (
        <Alert type="warning" headingLevel="h3" heading="Not found" role="alert">
          {problem}
        </Alert>
      )}
      <Label
        htmlFor="docket-number"
        hint=" (as on the envelope or the paper; spacing and punctuation do not matter)"
      >
        Docket number
      </Label>
      <TextInput
        id="docket-number"
        name="docket-number"
        type="text"
        required
        value={docketNumber}
        onChange={(e) => setDocketNumber(e.target.value)}
      />
      <Button type="submit" disabled={searching}>
        Find the case
      </Button>
    </Form>
  );
}
