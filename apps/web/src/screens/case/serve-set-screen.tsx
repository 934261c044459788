import {
  Alert,
  Button,
  Fieldset,
  Form,
  GridContainer,
  Label,
  Radio,
  Select,
  Textarea,
  TextInput,
} from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { spokenDate } from '../../components/dates';
import { Field } from '../../components/field';
import { refusalOf } from '../../components/refusal';
import { KIND_WORDS } from './case-queries';
import { ALLOWANCE, CREATE_SET, SERVE_CONTEXT, SERVE_SET } from './serve-set-queries';

type Kind = keyof typeof KIND_WORDS;
interface Item {
  text: string;
  subparts: string;
}

const METHOD_WORDS = {
  ELECTRONIC: 'Through Parley (electronic service, FRCP 5(b)(2)(E))',
  MAIL: 'By mail (FRCP 5(b)(2)(C))',
  HAND: 'By hand (FRCP 5(b)(2)(A)–(B))',
} as const;
type Method = keyof typeof METHOD_WORDS;

/** The running FRCP 33(a)(1) count, as the API counts it, for the interrogatories typed so far. */
function InterrogatoryCount({
  servingPartyId,
  respondingPartyId,
  items,
}: {
  servingPartyId: string;
  respondingPartyId: string;
  items: Item[];
}) {
  const subparts = items.map((i) => Math.max(0, Math.min(50, Number(i.subparts) || 0)));
  const [{ data }] = useQuery({
    query: ALLOWANCE,
    variables: { input: { servingPartyId, respondingPartyId, subparts } },
    pause: !servingPartyId || !respondingPartyId,
  });
  const a = data?.interrogatoryAllowance;
  if (!a) return null;
  return (
    <p className={a.allowed ? 'usa-hint' : 'usa-error-message'} role="status">
      {a.explanation}
    </p>
  );
}

/** Draft a set of requests (saved privately to your party), then sign and serve it. */
export function ServeSetScreen() {
  const { caseId } = useParams({ from: '/cases/$caseId/serve' });
  const [{ data }] = useQuery({ query: SERVE_CONTEXT, variables: { id: caseId } });
  const [kind, setKind] = useState<Kind>('INTERROGATORIES');
  const [title, setTitle] = useState('');
  const [respondingPartyId, setResponding] = useState('');
  const [items, setItems] = useState<Item[]>([{ text: '', subparts: '0' }]);
  const [method, setMethod] = useState<Method>('ELECTRONIC');
  const [signature, setSignature] = useState('');
  const [problem, setProblem] = useState<{ message: string; rule: string | null } | null>(null);
  const [served, setServed] = useState<{ responseDueOn: string | null } | null>(null);
  const [draftId, setDraftId] = useState<string | null>(null);
  const [, createSet] = useMutation(CREATE_SET);
  const [{ fetching }, serveSet] = useMutation(SERVE_SET);

  const theCase = data?.case;
  const mine = theCase?.myMemberships[0];
  const others = theCase?.parties.filter((p) => p.id !== mine?.party.id) ?? [];
  // Until the user chooses, the first other party and their own /s/ signature.
  const responding = respondingPartyId || others[0]?.id || '';
  const signed = signature || (data ? `/s/ ${data.me.name}` : '');

  if (!theCase || !mine) return <p className="grid-container padding-y-4">Loading…</p>;

  const update = (i: number, change: Partial<Item>) =>
    setItems(items.map((item, j) => (j === i ? { ...item, ...change } : item)));

  const servingPartyId = mine.party.id;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    let id = draftId;
    if (!id) {
      const created = await createSet({
        input: {
          caseId,
          servingPartyId,
          respondingPartyId: responding,
          kind,
          title,
          items: items.map((i) => ({
            text: i.text,
            subparts: kind === 'INTERROGATORIES' ? Number(i.subparts) || 0 : 0,
          })),
        },
      });
      if (!created.data) return setProblem(refusalOf(created.error));
      id = created.data.createDiscoverySet.id;
      setDraftId(id);
    }
    const result = await serveSet({ input: { setId: id, method, signature: signed } });
    if (!result.data) return setProblem(refusalOf(result.error));
    setServed({ responseDueOn: result.data.serveDiscoverySet.responseDueOn });
  }

  if (served) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="success" headingLevel="h1" heading="Served">
          “{title}” was served. Responses are due{' '}
          {served.responseDueOn ? spokenDate(served.responseDueOn) : 'as the rules count them'}.
        </Alert>
        <p>
          <Link to="/cases/$caseId" params={{ caseId }}>
            Back to {theCase.title}
          </Link>
        </p>
      </GridContainer>
    );
  }

  return (
    <GridContainer className="padding-y-4">
      <h1>Serve discovery in {theCase.title}</h1>
      {problem && (
        <Alert
          type="error"
          headingLevel="h2"
          heading={draftId ? 'Saved as a draft, not served' : 'Not served'}
          role="alert"
        >
          {problem.message}
          {problem.rule ? ` (${problem.rule})` : ''}
        </Alert>
      )}
      <Form onSubmit={submit} large>
        <Fieldset legend="What you are serving">
          {(Object.keys(KIND_WORDS) as Kind[]).map((k) => (
            <Radio
              key={k}
              id={`kind-${k}`}
              name="kind"
              value={k}
              label={KIND_WORDS[k]}
              checked={kind === k}
              disabled={!!draftId}
              onChange={() => setKind(k)}
            />
          ))}
        </Fieldset>
        <Label htmlFor="responding">Served on</Label>
        <Select
          id="responding"
          name="responding"
          value={responding}
          disabled={!!draftId}
          onChange={(e) => setResponding(e.target.value)}
        >
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Label htmlFor="title">Title</Label>
        <TextInput
          id="title"
          name="title"
          type="text"
          required
          value={title}
          disabled={!!draftId}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Fieldset legend="Requests">
          {items.map((item, i) => (
            <div key={i} className="margin-bottom-3">
              <Label htmlFor={`item-${i}`}>Request {i + 1}</Label>
              <Textarea
                id={`item-${i}`}
                name={`item-${i}`}
                required
                value={item.text}
                disabled={!!draftId}
                onChange={(e) => update(i, { text: e.target.value })}
              />
              {kind === 'INTERROGATORIES' && (
                <>
                  <Label htmlFor={`subparts-${i}`}>Discrete subparts in request {i + 1} (0 if none)</Label>
                  <TextInput
                    id={`subparts-${i}`}
                    name={`subparts-${i}`}
                    type="number"
                    min={0}
                    max={50}
                    inputMode="numeric"
                    value={item.subparts}
                    disabled={!!draftId}
                    onChange={(e) => update(i, { subparts: e.target.value })}
                  />
                </>
              )}
              {items.length > 1 && !draftId && (
                <Button type="button" unstyled onClick={() => setItems(items.filter((_, j) => j !== i))}>
                  Remove request {i + 1}
                </Button>
              )}
            </div>
          ))}
          {!draftId && (
            <Button type="button" outline onClick={() => setItems([...items, { text: '', subparts: '0' }])}>
              Add a request
            </Button>
          )}
          {kind === 'INTERROGATORIES' && (
            <InterrogatoryCount servingPartyId={mine.party.id} respondingPartyId={responding} items={items} />
          )}
        </Fieldset>
        <Label htmlFor="method">How it is served</Label>
        <Select
          id="method"
          name="method"
          value={method}
          onChange={(e) => setMethod(e.target.value as Method)}
        >
          {(Object.keys(METHOD_WORDS) as Method[]).map((m) => (
            <option key={m} value={m}>
              {METHOD_WORDS[m]}
            </option>
          ))}
        </Select>
        <Field
          id="signature"
          label="Signature"
          hint="FRCP 26(g): your signature certifies the requests"
          value={signed}
          onChange={setSignature}
        />
        <Button type="submit" disabled={fetching}>
          {fetching ? 'Serving…' : draftId ? 'Serve the saved draft' : 'Sign and serve'}
        </Button>
      </Form>
    </GridContainer>
  );
}
