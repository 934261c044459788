import { Alert, GridContainer } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { spokenDate } from '../components/dates';
import { CaseSummary, Deadline, WHAT_TO_DO } from './home-queries';
import { NewNotices } from './new-notices';

/**
 * The one button to where a deadline is met: the set to answer, the case to report it done, the
 * clawed-back production, or the dispute.
 */
function ActionLink({ deadline }: { deadline: Deadline }) {
  if (deadline.kind === 'RESPONSE_DUE' && deadline.subjectType === 'DiscoverySet') {
    return (
      <Link className="usa-button" to="/sets/$setId/answer" params={{ setId: deadline.subjectId }}>
        Answer now
      </Link>
    );
  }
  // Complying with an order or supplementing as agreed happens outside Parley: the case is where the
  // party reports it done.
  if (deadline.kind === 'COMPLIANCE' || deadline.kind === 'AGREED_SUPPLEMENT') {
    return (
      <Link
        className="usa-button"
        to="/cases/$caseId"
        params={{ caseId: deadline.caseId }}
        hash="deadlines-heading"
      >
        Report it done
      </Link>
    );
  }
  // Clawed-back pages are answered on the production that holds them.
  if (deadline.kind === 'CLAWBACK_ANSWER') {
    return (
      <Link className="usa-button" to="/clawbacks/$clawbackId" params={{ clawbackId: deadline.subjectId }}>
        Answer the clawback
      </Link>
    );
  }
  if (!deadline.disputeId) return null;
  return (
    <Link className="usa-button" to="/disputes/$disputeId" params={{ disputeId: deadline.disputeId }}>
      Open the dispute
    </Link>
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function TodoItem({ deadline, theCase }: { deadline: Deadline; theCase: CaseSummary }) {
  const mine = theCase.myMemberships.some((m) => m.party.id === deadline.partyId);
  const who = theCase.parties.find((p) => p.id === deadline.partyId)?.name ?? 'The other side';
  const by = spokenDate(deadline.dueOn);
  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading">
          {mine
            ? `${deadline.todo} by ${by}`
            : `Waiting for ${who} to ${lowerFirst(deadline.todo)}, by ${by}`}
        </h3>
        <p className="usa-collection__description">
          <Link to="/cases/$caseId" params={{ caseId: theCase.id }}>
            {theCase.title}, No. {theCase.docketNumber}
          </Link>
        </p>
        {mine && (
          <p>
            <ActionLink deadline={deadline} />
          </p>
        )}
        <details>
          <summary>How was this date counted?</summary>
          <ol className="usa-list">
            {deadline.steps.map((step, i) => (
              <li key={i}>
                {step.text} ({step.rule})
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
  const [{ data, error }, reload] = useQuery({ query: WHAT_TO_DO });
  const cases = data?.cases.edges.map((e) => e.node);
  const caseOf = (id: string) => cases?.find((c) => c.id === id);
  // Both lists stop at a hundred: more is beyond one screen, and paging waits for a user who has that many.
  const todos = data?.openDeadlines.flatMap((deadline) => {
    const theCase = caseOf(deadline.caseId);
    return theCase ? [{ deadline, theCase }] : [];
  });
  const notices = data?.notifications ?? [];

  return (
    <GridContainer className="padding-y-4">
      <h1>What to do next</h1>
      {error && (
        <Alert type="error" headingLevel="h2" heading="Your deadlines could not be loaded" role="alert">
          Reload the page to try again.
        </Alert>
      )}
      {!todos && !error && <p aria-live="polite">Loading your deadlines…</p>}
      {todos && todos.length === 0 && (
        <p>Nothing is due in your cases. Parley will tell you when something is.</p>
      )}
      {todos && todos.length > 0 && (
        <ol className="usa-collection" aria-label="Open deadlines, soonest first">
          {todos.map((todo) => (
            <TodoItem key={todo.deadline.id} deadline={todo.deadline} theCase={todo.theCase} />
          ))}
        </ol>
      )}
      <p>
        <Link to="/count-a-deadline">Count a deadline yourself</Link>, step by step with its rules.
      </p>
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
      <NewNotices notices={notices} onRead={() => reload({ requestPolicy: 'network-only' })} />
    </GridContainer>
  );
}
