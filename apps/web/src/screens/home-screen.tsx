import { Alert, GridContainer } from '@trussworks/react-uswds';
import { useEffect, useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useClient, useQuery } from 'urql';
import { spokenDate } from '../components/dates';
import { CASE_DEADLINES, CaseSummary, Deadline, MY_CASES } from './home-queries';

interface Todo {
  deadline: Deadline;
  theCase: CaseSummary;
  mine: boolean;
}

/** Every open deadline of every case, soonest first, gathered from each case's deadlines. */
function useOpenDeadlines(cases: readonly CaseSummary[] | undefined) {
  const client = useClient();
  const [todos, setTodos] = useState<Todo[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!cases) return;
    let current = true;
    void Promise.all(
      cases.map(async (theCase) => {
        const result = await client.query(CASE_DEADLINES, { caseId: theCase.id }).toPromise();
        if (!result.data) throw result.error;
        const mine = new Set(theCase.myMemberships.map((m) => m.party.id));
        return result.data.deadlines
          .filter((d) => d.status === 'OPEN')
          .map((deadline) => ({ deadline, theCase, mine: mine.has(deadline.partyId) }));
      }),
    ).then(
      (lists) =>
        current && setTodos(lists.flat().sort((a, b) => a.deadline.dueOn.localeCompare(b.deadline.dueOn))),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [cases, client]);
  return { todos, failed };
}

function TodoItem({ todo }: { todo: Todo }) {
  const { deadline, theCase, mine } = todo;
  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading">
          {mine ? 'You' : 'The other side'}: {deadline.description}, by {spokenDate(deadline.dueOn)}
        </h3>
        <p className="usa-collection__description">
          <Link to="/cases/$caseId" params={{ caseId: theCase.id }}>
            {theCase.title}, No. {theCase.docketNumber}
          </Link>
        </p>
        {mine && deadline.kind === 'RESPONSE_DUE' && deadline.subjectType === 'DiscoverySet' && (
          <p>
            <Link className="usa-button" to="/sets/$setId/answer" params={{ setId: deadline.subjectId }}>
              Answer now
            </Link>
          </p>
        )}
        <details>
          <summary>How was this date counted?</summary>
          <ol className="usa-list">
            {deadline.steps.map((step, i) => (
              <li key={i}>
                {spokenDate(step.date)}: {step.text} ({step.rule})
              </li>
            ))}
          </ol>
        </details>
      </div>
    </li>
  );
}

/** "What to do next": the first screen of a party, in plain words. */
export function HomeScreen() {
  const [{ data, error }] = useQuery({ query: MY_CASES });
  const cases = useMemo(() => data?.cases.edges.map((e) => e.node), [data]);
  const { todos, failed } = useOpenDeadlines(cases);
  const notices = data?.notifications ?? [];

  return (
    <GridContainer className="padding-y-4">
      <h1>What to do next</h1>
      {(error || failed) && (
        <Alert type="error" headingLevel="h2" heading="Your deadlines could not be loaded" role="alert">
          Reload the page to try again.
        </Alert>
      )}
      {!todos && !error && !failed && <p aria-live="polite">Loading your deadlines…</p>}
      {todos && todos.length === 0 && (
        <p>Nothing is due in your cases. Parley will tell you when something is.</p>
      )}
      {todos && todos.length > 0 && (
        <ol className="usa-collection" aria-label="Open deadlines, soonest first">
          {todos.map((todo) => (
            <TodoItem key={todo.deadline.id} todo={todo} />
          ))}
        </ol>
      )}
      <h2>Your cases</h2>
      <p>
        <Link className="usa-button usa-button--outline" to="/cases/new">
          Open a case
        </Link>
      </p>
      {cases && cases.length === 0 && (
        <p>You are not in any case yet. An invitation from a party brings you in.</p>
      )}
      {cases && cases.length > 0 && (
        <ul className="usa-list">
          {cases.map((c) => (
            <li key={c.id}>
              <Link to="/cases/$caseId" params={{ caseId: c.id }}>
                {c.title}, No. {c.docketNumber}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>New notices</h2>
      {notices.length === 0 ? (
        <p>No new notices.</p>
      ) : (
        <ul className="usa-list">
          {notices.map((n) => (
            <li key={n.id}>{n.message}</li>
          ))}
        </ul>
      )}
    </GridContainer>
  );
}
