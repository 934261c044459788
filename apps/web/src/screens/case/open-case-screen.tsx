import { Alert, GridContainer } from '@trussworks/react-uswds';
import { Link, useNavigate } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { OpenCaseForm } from './open-case-form';
import { COURTS } from './open-case-queries';

/** A party's own case brought onto Parley; once opened, its screen takes over. */
export function OpenCaseScreen() {
  const [{ data, error }] = useQuery({ query: COURTS });
  const navigate = useNavigate();
  return (
    <GridContainer className="padding-y-4">
      <h1>Open a case</h1>
      <p>
        Bring a case of yours onto Parley. You join the party you represent; invite the others from the case’s
        screen. <Link to="/">Back to what to do next</Link>
      </p>
      {error && (
        <Alert type="error" headingLevel="h2" heading="The courts could not be loaded" role="alert">
          Reload the page to try again.
        </Alert>
      )}
      {!data && !error && <p aria-live="polite">Loading the courts…</p>}
      {data && (
        <OpenCaseForm
          courts={data.courts}
          onOpened={(caseId) => void navigate({ to: '/cases/$caseId', params: { caseId } })}
        />
      )}
    </GridContainer>
  );
}
