import { Alert, Fieldset, GridContainer, Label, Radio, Textarea } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ActionForm } from '../../../components/action-form';
import { spokenDate } from '../../../components/dates';
import { OUTCOME_WORDS } from '../court-queries';
import { ENTER_ORDER, FILING_STATUS_WORDS, Filing, KIND_WORDS } from './intake-queries';

type Outcome = keyof typeof OUTCOME_WORDS;

/** What the record shows of a paper filing, as the gate judged it: each missing element in words. */
export function FilingVerdict({ filing }: { filing: Filing }) {
  return (
    <section aria-labelledby={`verdict-${filing.id}`}>
      <h2 id={`verdict-${filing.id}`}>What the case’s record shows</h2>
      {filing.verdict.open ? (
        <Alert type="success" headingLevel="h3" heading="Every element is in the record" slim>
          {filing.verdict.explanation}
        </Alert>
      ) : (
        // USWDS's alert markup written out: its component puts its text in a <p>, which cannot hold a list.
        <div className="usa-alert usa-alert--warning">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">Missing before the court hears it</h3>
            <ul className="usa-list usa-alert__text">
              {filing.verdict.missing.map((m) => (
                <li key={m.code}>{m.explanation}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

/** The paper's facts in a line each, as the intake queue and the parties read them. */
export function FilingFacts({ filing }: { filing: Filing }) {
  return (
    <ul className="usa-list">
      <li>
        {KIND_WORDS[filing.kind]} from {filing.fromParty.name}, mailed {spokenDate(filing.mailedOn)}, received{' '}
        {spokenDate(filing.receivedOn)}.
      </li>
      <li>
        {filing.certificationPage
          ? `It certifies the parties met and conferred on page ${filing.certificationPage}.`
          : 'It has no certification that the parties met and conferred.'}
      </li>
      <li>
        {filing.escalation
          ? 'Before the court as the dispute’s joint letter.'
          : `${FILING_STATUS_WORDS[filing.status]}${
              filing.status === 'AWAITING_RESPONSE' && filing.responseDueOn
                ? `, due ${spokenDate(filing.responseDueOn)}.`
                : '.'
            }`}
      </li>
      {filing.respondentParty && (
        <li>
          {filing.respondentParty.name} answered:{' '}
          {filing.notServed ? 'the requests were never served on it. ' : ''}
          {filing.position}
        </li>
      )}
    </ul>
  );
}

/**
 * The proposed order, for the clerk to edit and enter; a motion on a full record is an escalation,
 * ruled on from the docket instead.
 */
export function OrderForm({ filing, onEntered }: { filing: Filing; onEntered: () => void }) {
  const [text, setText] = useState(filing.proposedOrder);
  const [outcome, setOutcome] = useState<Outcome>(
    filing.kind === 'DISCOVERY_FILED_WITH_COURT' ? 'VACATED' : 'DENIED',
  );
  if (filing.escalation) {
    return (
      <p>
        The motion is before the court as the dispute’s joint letter:{' '}
        <Link to="/escalations/$escalationId" params={{ escalationId: filing.escalation.id }}>
          rule on it there
        </Link>
        .
      </p>
    );
  }
  if (filing.status === 'ORDER_ENTERED') {
    return (
      <section aria-labelledby="entered-order">
        <h2 id="entered-order">The order entered</h2>
        <p className="text-pre-wrap">{filing.orderText}</p>
      </section>
    );
  }
  return (
    <ActionForm
      id="enter-order"
      heading="The order"
      document={ENTER_ORDER}
      variables={() => ({ input: { paperFilingId: filing.id, orderText: text, outcome } })}
      button="Enter the order"
      onDone={onEntered}
    >
      <Fieldset legend="Outcome">
        {(Object.keys(OUTCOME_WORDS) as Outcome[]).map((key) => (
          <Radio
            key={key}
            id={`filing-outcome-${key}`}
            name="filing-outcome"
            label={OUTCOME_WORDS[key]}
            checked={outcome === key}
            onChange={() => setOutcome(key)}
          />
        ))}
      </Fieldset>
      <Label htmlFor="order-text" hint=" (Parley’s proposal: edit it as the court will enter it)">
        Text of the order
      </Label>
      <Textarea
        id="order-text"
        name="order-text"
        className="height-card-lg"
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </ActionForm>
  );
}

/** A paper filing that could not be read: missing, or not the reader's to see. */
export function FilingNotFound({ message }: { message: string | undefined }) {
  return (
    <GridContainer className="padding-y-4">
      <Alert type="error" headingLevel="h1" heading="This paper could not be opened" role="alert">
        {message ?? 'The paper was not found.'}
      </Alert>
    </GridContainer>
  );
}
