import { Alert, Button, Fieldset, Form, Label, Radio, Textarea, TextInput } from '@trussworks/react-uswds';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { OUTCOME_WORDS, RULE } from './court-queries';

type Outcome = keyof typeof OUTCOME_WORDS;
const ORDERS_COMPLIANCE: Outcome[] = ['GRANTED', 'GRANTED_IN_PART'];

/** The ruling: an outcome, the order's text, and for a grant the days to comply (counted by the API). */
export function RulingForm({ escalationId, onRuled }: { escalationId: string; onRuled: () => void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [orderText, setOrderText] = useState('');
  const [days, setDays] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, rule] = useMutation(RULE);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!outcome) return setProblem('Choose how the court rules.');
    const complianceDays = ORDERS_COMPLIANCE.includes(outcome) && days.trim() ? Number(days) : null;
    const result = await rule({ input: { escalationId, outcome, orderText, complianceDays } });
    if (result.error)
      return setProblem(
        result.error.graphQLErrors.map((e) => e.message).join(' ') ||
          'The ruling was not entered. Try again.',
      );
    setProblem(null);
    onRuled();
  }

  return (
    <Form onSubmit={submit} large>
      <h2>Rule on the dispute</h2>
      {problem && (
        <Alert type="error" headingLevel="h3" heading="The ruling was not entered" role="alert">
          {problem}
        </Alert>
      )}
      <Fieldset legend="Outcome">
        {(Object.keys(OUTCOME_WORDS) as Outcome[]).map((key) => (
          <Radio
            key={key}
            id={`outcome-${key}`}
            name="outcome"
            value={key}
            label={OUTCOME_WORDS[key]}
            checked={outcome === key}
            onChange={() => setOutcome(key)}
          />
        ))}
      </Fieldset>
      <Label htmlFor="order-text">Text of the order</Label>
      <Textarea
        id="order-text"
        name="order-text"
        required
        value={orderText}
        onChange={(e) => setOrderText(e.target.value)}
      />
      {outcome && ORDERS_COMPLIANCE.includes(outcome) && (
        <>
          <Label htmlFor="compliance-days" hint=" (counted under FRCP 6 from today; leave empty for none)">
            Days to comply
          </Label>
          <TextInput
            id="compliance-days"
            name="compliance-days"
            type="number"
            inputMode="numeric"
            min={1}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </>
      )}
      <Button type="submit" disabled={fetching}>
        {fetching ? 'Entering the ruling…' : 'Enter the ruling'}
      </Button>
    </Form>
  );
}
