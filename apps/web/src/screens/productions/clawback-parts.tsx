import { Alert, Button, Fieldset, Form, Radio } from '@trussworks/react-uswds';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { ActionForm } from '../../components/action-form';
import { spokenDate, spokenTime } from '../../components/dates';
import { Field } from '../../components/field';
import { refusalOf } from '../../components/refusal';
import {
  ACKNOWLEDGE_CLAWBACK,
  ClawbackOutcome,
  OUTCOME_CHOICES,
  plural,
  ProductionView,
  REQUEST_CLAWBACK,
  WITHDRAW_CLAWBACK,
} from './production-queries';
import { MutationButton } from '../../components/mutation-button';

type Clawback = ProductionView['clawbacks'][number];

/**
 * A clawback served on the reader's side, not yet answered: the notice, the day to answer by, and
 * the four answers the rule allows, each in plain words (FRCP 26(b)(5)(B)).
 */
export function ClawbackNotice({
  clawback,
  producingParty,
  onAnswered,
}: {
  clawback: Clawback;
  producingParty: string;
  onAnswered: () => void;
}) {
  const [outcome, setOutcome] = useState<ClawbackOutcome | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof refusalOf> | null>(null);
  const [{ fetching }, acknowledge] = useMutation(ACKNOWLEDGE_CLAWBACK);
  const id = `clawback-${clawback.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!outcome) return setProblem({ message: 'Choose your answer about the pages.', rule: null });
    const result = await acknowledge({ input: { clawbackId: clawback.id, outcome } });
    if (!result.data) return setProblem(refusalOf(result.error));
    setProblem(null);
    onAnswered();
  }

  return (
    <section className="usa-alert usa-alert--warning margin-y-3" aria-labelledby={`${id}-heading`}>
      <div className="usa-alert__body">
        <h2 id={`${id}-heading`} className="usa-alert__heading">
          Pages clawed back: {clawback.batesRange} ({plural(clawback.pages, 'page')})
        </h2>
        <p className="usa-alert__text">
          {producingParty} says these pages are privileged and were produced by mistake: “{clawback.basis}”.
          Until the claim is settled you must not read, use or share them (FRCP 26(b)(5)(B)).
        </p>
        <p className="usa-alert__text text-bold">
          Say what you did with them by {spokenDate(clawback.answerDueOn)}.
        </p>
        {problem && (
          <Alert type="error" headingLevel="h3" heading="Not answered" role="alert">
            {problem.message}
            {problem.rule ? ` (${problem.rule})` : ''}
          </Alert>
        )}
        <Form onSubmit={submit} large>
          <Fieldset legend={`Your answer about ${clawback.batesRange}`} className="margin-top-2">
            {(Object.keys(OUTCOME_CHOICES) as ClawbackOutcome[]).map((choice) => (
              <Radio
                key={choice}
                id={`${id}-${choice}`}
                name={`${id}-outcome`}
                tile
                label={OUTCOME_CHOICES[choice].label}
                labelDescription={OUTCOME_CHOICES[choice].explained}
                checked={outcome === choice}
                onChange={() => setOutcome(choice)}
              />
            ))}
          </Fieldset>
          <Button type="submit" disabled={fetching}>
            Send your answer
          </Button>
        </Form>
      </div>
    </section>
  );
}

/**
 * Every clawback of the production, oldest first as the API lists them, with its answer when given;
 * the producing side may give up a claim (or record that the court rejected it).
 */
export function ClawbackList({
  clawbacks,
  zone,
  canWithdraw,
  onWithdrawn,
}: {
  clawbacks: readonly Clawback[];
  zone: string;
  canWithdraw: boolean;
  onWithdrawn: () => void;
}) {
  return (
    <section aria-labelledby="clawbacks-heading" className="margin-top-4">
      <h2 id="clawbacks-heading">Clawbacks</h2>
      {clawbacks.length === 0 ? (
        <p>No pages of this production have been clawed back.</p>
      ) : (
        <ul className="usa-list">
          {clawbacks.map((c) => (
            <li key={c.id}>
              <strong>
                {c.batesRange} ({plural(c.pages, 'page')})
              </strong>
              , clawed back {spokenTime(c.requestedAt, zone)}: “{c.basis}”.{' '}
              {c.withdrawnAt
                ? `Withdrawn ${spokenTime(c.withdrawnAt, zone)}: the pages may be used again.`
                : c.outcome && c.answeredAt
                  ? `Answered ${spokenTime(c.answeredAt, zone)}: ${OUTCOME_CHOICES[c.outcome].done}.`
                  : `Not answered yet; the answer is due ${spokenDate(c.answerDueOn)}.`}
              {canWithdraw && !c.withdrawnAt && (
                <MutationButton
                  document={WITHDRAW_CLAWBACK}
                  variables={{ clawbackId: c.id }}
                  label="Withdraw the claim"
                  srLabel={`over ${c.batesRange}`}
                  unstyled
                  className="margin-left-1"
                  onDone={onWithdrawn}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The producing side claws back pages it produced by mistake (FRCP 26(b)(5)(B); FRE 502(b)). */
export function ClawBackPages({ productionId, onDone }: { productionId: string; onDone: () => void }) {
  const [range, setRange] = useState('');
  const [basis, setBasis] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  return (
    <>
      <ActionForm
        id="claw-back"
        heading="Claw back pages"
        document={REQUEST_CLAWBACK}
        variables={() => ({ input: { productionId, batesRange: range, basis } })}
        button="Claw back these pages"
        onDone={(data) => {
          setRange('');
          setBasis('');
          setSaid(
            `Clawed back ${data.requestClawback.batesRange}; the other side must answer by ${spokenDate(data.requestClawback.answerDueOn)}.`,
          );
          onDone();
        }}
      >
        <p>
          Pages produced by mistake that are privileged: the other side is told at once, and must sequester,
          return or destroy them, or challenge your claim.
        </p>
        <Field
          id="clawback-range"
          label="The pages"
          hint="one Bates number, or the first and last, e.g. DEF0000006 or DEF0000005-DEF0000006"
          value={range}
          onChange={setRange}
        />
        <Field
          multiline
          id="clawback-basis"
          label="The privilege claimed and its basis"
          hint="e.g. attorney-client privilege: counsel’s advice, produced inadvertently (FRE 502(b))"
          value={basis}
          onChange={setBasis}
        />
      </ActionForm>
      {said && <p role="status">{said}</p>}
    </>
  );
}
