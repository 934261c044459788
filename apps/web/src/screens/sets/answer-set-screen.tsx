import {
  Alert,
  Button,
  DatePicker,
  Fieldset,
  Form,
  GridContainer,
  Label,
  Select,
  TextInput,
} from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { spokenDate } from '../../components/dates';
import { Field } from '../../components/field';
import { refusalOf } from '../../components/refusal';
import { AnswerItem, EMPTY_ANSWER, ItemAnswer, responseItems } from './answer-item';
import { AGREE_EXTENSION, SERVE_RESPONSE, SET_TO_ANSWER, SetToAnswer } from './answer-queries';

const METHODS = {
  ELECTRONIC: 'Through Parley (electronic service, FRCP 5(b)(2)(E))',
  MAIL: 'By mail (FRCP 5(b)(2)(C))',
} as const;

/** More time by agreement (FRCP 29(b)): either side proposes a date; it takes effect when the other agrees to it. */
function Extension({ set, onChanged }: { set: SetToAnswer; onChanged: () => void }) {
  const [date, setDate] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, agree] = useMutation(AGREE_EXTENSION);
  const pending = set.extensions.find((e) => e.status === 'PROPOSED');

  async function propose(newDueOn: string) {
    const result = await agree({ input: { setId: set.id, newDueOn } });
    if (!result.data) return setMessage(refusalOf(result.error).message);
    setMessage(
      result.data.agreeExtension.status === 'AGREED'
        ? `Agreed: responses are now due ${spokenDate(result.data.agreeExtension.newDueOn)}.`
        : `Proposed: responses move to ${spokenDate(result.data.agreeExtension.newDueOn)} when the other side agrees.`,
    );
    onChanged();
  }

  return (
    <section className="margin-top-4">
      <h2>More time</h2>
      {pending && (
        <p>
          Proposed: {spokenDate(pending.newDueOn)} instead of {spokenDate(pending.previousDueOn)}.{' '}
          {pending.proposedByPartyId === set.respondingParty.id ? (
            'Waiting for the other side to agree.'
          ) : (
            <Button type="button" outline disabled={fetching} onClick={() => void propose(pending.newDueOn)}>
              Agree to {spokenDate(pending.newDueOn)}
            </Button>
          )}
        </p>
      )}
      <Form
        onSubmit={(e: FormEvent<HTMLFormElement>) => {
          e.preventDefault();
          if (date) void propose(date);
        }}
      >
        <Label htmlFor="new-due-on" hint=" (mm/dd/yyyy)">
          Propose a new date for the responses
        </Label>
        <DatePicker
          id="new-due-on"
          name="new-due-on"
          onChange={(value) => {
            const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value ?? '');
            setDate(m ? `${m[3]}-${m[1]}-${m[2]}` : '');
          }}
        />
        <Button type="submit" outline disabled={fetching || !date}>
          Propose this date
        </Button>
      </Form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

/** Answer a set: per request an answer, an admission or a production choice, objections; the oath; signature. */
export function AnswerSetScreen() {
  const { setId } = useParams({ from: '/sets/$setId/answer' });
  const [{ data, error }, reload] = useQuery({ query: SET_TO_ANSWER, variables: { id: setId } });
  const [answers, setAnswers] = useState<Record<string, ItemAnswer>>({});
  const [method, setMethod] = useState<keyof typeof METHODS>('ELECTRONIC');
  const [signature, setSignature] = useState('');
  const [swornBy, setSwornBy] = useState('');
  const [oath, setOath] = useState('');
  const [problem, setProblem] = useState<{ message: string; rule: string | null } | null>(null);
  const [done, setDone] = useState<{ unverified: boolean } | null>(null);
  const [{ fetching }, serve] = useMutation(SERVE_RESPONSE);
  const set = data?.discoverySet;

  if (error || (data && !set)) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This set could not be opened" role="alert">
          {refusalOf(error).message}
        </Alert>
      </GridContainer>
    );
  }
  if (!set || !data) return <p className="grid-container padding-y-4">Loading…</p>;
  const signatureValue = signature || `/s/ ${data.me.name}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!set) return;
    const items = responseItems(set.items, answers);
    const verification =
      set.kind === 'INTERROGATORIES' && swornBy.trim() && oath.trim()
        ? { signedBy: swornBy, signature: oath }
        : null;
    const result = await serve({
      input: { setId: set.id, method, signature: signatureValue, items, verification },
    });
    if (!result.data) return setProblem(refusalOf(result.error));
    setProblem(null);
    setDone({ unverified: result.data.serveResponse.unverified });
  }

  if (done) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="success" headingLevel="h1" heading="Responses served">
          Your responses to “{set.title}” were served on {set.servingParty.name}.
          {done.unverified &&
            ' The answers carry no oath yet, so they are flagged unverified (FRCP 33(b)(3)); a supplement with the oath lifts the flag.'}
        </Alert>
        <Link to="/cases/$caseId" params={{ caseId: set.caseId }}>
          Back to the case
        </Link>
      </GridContainer>
    );
  }

  return (
    <GridContainer className="padding-y-4">
      <h1>Answer “{set.title}”</h1>
      <p>
        Served by {set.servingParty.name}
        {set.responseDueOn ? `; your responses are due ${spokenDate(set.responseDueOn)}` : ''}.
      </p>
      {problem && (
        <Alert type="error" headingLevel="h2" heading="Not served" role="alert">
          {problem.message}
          {problem.rule ? ` (${problem.rule})` : ''}
        </Alert>
      )}
      <Form onSubmit={submit} large>
        {set.items.map((item) => (
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
        {set.kind === 'INTERROGATORIES' && (
          <Fieldset legend="The party’s oath on the answers (FRCP 33(b)(3), (5))">
            <Label htmlFor="sworn-by" hint=" (the party, or its officer or agent)">
              Sworn by
            </Label>
            <TextInput
              id="sworn-by"
              name="sworn-by"
              type="text"
              value={swornBy}
              onChange={(e) => setSwornBy(e.target.value)}
            />
            <Label htmlFor="oath" hint=" (leave both empty to serve now and verify later)">
              Their signature under oath
            </Label>
            <TextInput
              id="oath"
              name="oath"
              type="text"
              value={oath}
              onChange={(e) => setOath(e.target.value)}
            />
          </Fieldset>
        )}
        <Label htmlFor="method">How it is served</Label>
        <Select
          id="method"
          name="method"
          value={method}
          onChange={(e) => setMethod(e.target.value as keyof typeof METHODS)}
        >
          {(Object.keys(METHODS) as Array<keyof typeof METHODS>).map((m) => (
            <option key={m} value={m}>
              {METHODS[m]}
            </option>
          ))}
        </Select>
        <Field
          id="signature"
          label="Your signature"
          hint="FRCP 26(g); covers the objections, FRCP 33(b)(5)"
          value={signatureValue}
          onChange={setSignature}
        />
        <Button type="submit" disabled={fetching}>
          {fetching ? 'Serving…' : 'Sign and serve the responses'}
        </Button>
      </Form>
      <Extension set={set} onChanged={() => reload({ requestPolicy: 'network-only' })} />
    </GridContainer>
  );
}
