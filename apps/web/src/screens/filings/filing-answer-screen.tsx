import { Checkbox, GridContainer } from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActionForm } from '../../components/action-form';
import { Field } from '../../components/field';
import { ItemChoices } from '../../components/item-choices';
import { PaperButton } from '../../components/paper-link';
import { FilingNotFound, FilingFacts, FilingVerdict } from '../court/intake/filing-review';
import { Filing, LINK_PAPER_FILING, PAPER_FILING } from '../court/intake/intake-queries';
import { ANSWER_CONTEXT, AnswerContext } from './filing-answer-queries';

/**
 * A paper a party mailed to the court in your case: its scan and what the record shows; for a motion
 * against your side, your answer: the requests it concerns (or that they were never served on you)
 * and your position, by its day.
 */
export function FilingAnswerScreen() {
  const { filingId } = useParams({ from: '/filings/$filingId' });
  const [{ data, error }] = useQuery({ query: PAPER_FILING, variables: { id: filingId } });
  const filing = data?.paperFiling;
  const [{ data: context }] = useQuery({
    query: ANSWER_CONTEXT,
    variables: { caseId: filing?.caseId ?? '' },
    pause: !filing,
  });
  const [answered, setAnswered] = useState<Filing | null>(null);
  if (error || (data && !filing)) return <FilingNotFound message={error?.graphQLErrors[0]?.message} />;
  if (!filing || !context?.case) return <p className="grid-container padding-y-4">Loading…</p>;
  const shown = answered ?? filing;
  const mine = context.case.myMemberships.map((m) => m.party.id);
  const answering =
    shown.status === 'AWAITING_RESPONSE' && !mine.includes(shown.fromParty.id) && mine.length > 0;
  return (
    <GridContainer className="padding-y-4">
      <h1>
        {shown.caption}, No. {shown.docketNumber}
      </h1>
      <p>
        <Link to="/cases/$caseId" params={{ caseId: shown.caseId }}>
          Back to the case
        </Link>
      </p>
      <FilingFacts filing={shown} />
      <PaperButton path={`/documents/${shown.documentId}`} label="Download the paper as mailed" />
      <FilingVerdict filing={shown} />
      {shown.escalation && (
        <p role="status">
          The motion is before the court as the dispute’s joint letter, with your position as your part.
        </p>
      )}
      {answering && <AnswerForm filing={shown} context={context} mine={mine} onAnswered={setAnswered} />}
    </GridContainer>
  );
}

function AnswerForm({
  filing,
  context,
  mine,
  onAnswered,
}: {
  filing: Filing;
  context: AnswerContext;
  mine: string[];
  onAnswered: (filing: Filing) => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [notServed, setNotServed] = useState(false);
  const [position, setPosition] = useState('');
  // The filer's requests served on your party: what a motion to compel can be about.
  const theirs = context.discoverySets.filter(
    (s) =>
      s.servingParty.id === filing.fromParty.id &&
      mine.includes(s.respondingParty.id) &&
      !['DRAFT', 'WITHDRAWN'].includes(s.status),
  );
  return (
    <ActionForm
      id="answer-filing"
      heading="Your answer to the motion"
      document={LINK_PAPER_FILING}
      variables={() => ({
        input: { paperFilingId: filing.id, itemIds: notServed ? [] : chosen, notServed, position },
      })}
      button="Answer the motion"
      onDone={(data) => onAnswered(data.linkPaperFiling)}
    >
      <Checkbox
        id="answer-not-served"
        name="answer-not-served"
        label={`The requests it is about were never served on us by ${filing.fromParty.name}`}
        checked={notServed}
        onChange={(e) => setNotServed(e.target.checked)}
      />
      {!notServed &&
        (theirs.length ? (
          theirs.map((set) => (
            <ItemChoices
              key={set.id}
              idPrefix="answer-item"
              legend={`The requests it is about: ${set.title}`}
              items={set.items}
              chosen={chosen}
              onChange={setChosen}
            />
          ))
        ) : (
          <p>{filing.fromParty.name} has served no requests on your side in Parley’s record.</p>
        ))}
      <Field
        id="answer-position"
        label="Your position"
        hint="what you ask the court to decide, and why, as in a joint letter"
        multiline
        value={position}
        onChange={setPosition}
      />
    </ActionForm>
  );
}
