import {
  Alert,
  Button,
  Checkbox,
  Form,
  GridContainer,
  Label,
  Select,
  TextInput,
} from '@trussworks/react-uswds';
import { FormEvent, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { spokenDate } from '../../components/dates';
import { refusalOf } from '../../components/refusal';
import { graphql, ResultOf, VariablesOf } from '../../graphql/graphql';

const COURTS = graphql(`
  query CountingCourts {
    courts {
      id
      name
    }
  }
`);

const EXPLAIN = graphql(`
  query ExplainDeadline($input: ComputeDeadlineInput!) {
    explainDeadline(input: $input) {
      dueOn
      steps {
        rule
        text
        date
      }
    }
  }
`);

type Input = VariablesOf<typeof EXPLAIN>['input'];
type Method = NonNullable<Input['method']>;

const METHODS: Array<[Method | '', string]> = [
  ['', 'Not counted from service'],
  ['ELECTRONIC', 'Electronically'],
  ['MAIL', 'By mail (3 days are added, FRCP 6(d))'],
  ['HAND', 'By hand'],
  ['LEFT_WITH_CLERK', 'Left with the clerk (3 days are added, FRCP 6(d))'],
  ['OTHER_CONSENTED', 'Another way the party consented to (3 days are added, FRCP 6(d))'],
];

/**
 * Count any period on a court's calendar as Parley counts its own deadlines (explainDeadline):
 * the last day, and every step with the rule it applies. For counsel checking a date by hand.
 */
export function CountDeadlineScreen() {
  const [{ data: courts }] = useQuery({ query: COURTS });
  const client = useClient();
  const [form, setForm] = useState({ courtId: '', triggeredOn: '', days: '', method: '' as Method | '' });
  const [before, setBefore] = useState(false);
  const [filing, setFiling] = useState(false);
  const [answer, setAnswer] = useState<ResultOf<typeof EXPLAIN>['explainDeadline'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const courtId = form.courtId || courts?.courts[0]?.id || '';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: Input = {
      courtId,
      triggeredOn: form.triggeredOn,
      days: Number(form.days),
      method: form.method || null,
      direction: before ? 'BEFORE' : 'AFTER',
      filing,
    };
    const result = await client.query(EXPLAIN, { input }, { requestPolicy: 'network-only' }).toPromise();
    setAnswer(result.data?.explainDeadline ?? null);
    setProblem(result.data ? null : refusalOf(result.error).message);
  }

  return (
    <GridContainer className="padding-y-4">
      <h1>Count a deadline</h1>
      <p className="usa-intro">
        Any period on a court’s calendar, counted as Parley counts its own deadlines (FRCP 6), with every step
        and the rule it applies.
      </p>
      {!courts && <p aria-live="polite">Loading the courts…</p>}
      {courts && (
        <Form onSubmit={submit} large>
          <Label htmlFor="count-court">Court</Label>
          <Select
            id="count-court"
            name="count-court"
            value={courtId}
            onChange={(e) => setForm({ ...form, courtId: e.target.value })}
          >
            {courts.courts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
          <Label htmlFor="count-from">The day of the event (service, an order)</Label>
          <input
            className="usa-input"
            id="count-from"
            name="count-from"
            type="date"
            required
            value={form.triggeredOn}
            onChange={(e) => setForm({ ...form, triggeredOn: e.target.value })}
          />
          <Label htmlFor="count-days">How many days</Label>
          <TextInput
            id="count-days"
            name="count-days"
            type="number"
            required
            value={form.days}
            onChange={(e) => setForm({ ...form, days: e.target.value })}
          />
          <Label htmlFor="count-method">How the paper was served</Label>
          <Select
            id="count-method"
            name="count-method"
            value={form.method}
            onChange={(e) => setForm({ ...form, method: e.target.value as Method | '' })}
          >
            {METHODS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
          <Checkbox
            id="count-before"
            name="count-before"
            label="Count backward, to a day before the event (FRCP 6(a)(5))"
            checked={before}
            onChange={(e) => setBefore(e.target.checked)}
          />
          <Checkbox
            id="count-filing"
            name="count-filing"
            label="It is a time to file with the court (a closed clerk’s office extends it, FRCP 6(a)(3))"
            checked={filing}
            onChange={(e) => setFiling(e.target.checked)}
          />
          <Button type="submit">Count the days</Button>
        </Form>
      )}
      {problem && (
        <Alert type="error" headingLevel="h2" heading="Not counted" role="alert">
          {problem}
        </Alert>
      )}
      {answer && (
        <section aria-labelledby="count-result" className="margin-top-4">
          <h2 id="count-result">The last day is {spokenDate(answer.dueOn)}</h2>
          <ol className="usa-list">
            {answer.steps.map((step, i) => (
              <li key={i}>
                {step.text} ({step.rule})
              </li>
            ))}
          </ol>
        </section>
      )}
    </GridContainer>
  );
}
