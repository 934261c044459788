import { Alert } from '@trussworks/react-uswds';
import { useQuery } from 'urql';
import { COURT_STAFF } from './court-queries';
import { OnboardStaffForm } from './onboard-staff-form';

/** The court's staff as its own staff see them: the list, and a colleague's new account. */
function StaffList({ courtId }: { courtId: string }) {
  const [{ data, error }] = useQuery({ query: COURT_STAFF, variables: { courtId } });
  if (error)
    return (
      <Alert type="error" headingLevel="h3" heading="The staff could not be loaded" role="alert">
        {error.graphQLErrors[0]?.message ?? 'Reload the page to try again.'}
      </Alert>
    );
  if (!data) return <p aria-live="polite">Loading the staff…</p>;
  return (
    <ul className="usa-list">
      {data.courtStaff.map((person) => (
        <li key={person.id}>
          {person.name}, {person.email}
        </li>
      ))}
    </ul>
  );
}

/**
 * Staff accounts. An admin opens only a court's first one and reads no staff list; after that the
 * court's own staff add their colleagues (the API refuses anything else, and says so).
 */
export function CourtStaff({ courtId, asAdmin }: { courtId: string; asAdmin: boolean }) {
  return (
    <section aria-labelledby="staff-heading" className="margin-top-4">
      <h2 id="staff-heading">Staff</h2>
      {asAdmin ? (
        <>
          <p>
            An administrator opens a court’s first staff account. After that, the court’s own staff add their
            colleagues and see who has an account.
          </p>
          <OnboardStaffForm courtId={courtId} heading="Open the court’s first staff account" />
        </>
      ) : (
        <>
          <StaffList courtId={courtId} />
          <OnboardStaffForm courtId={courtId} heading="Add a colleague" />
        </>
      )}
    </section>
  );
}
