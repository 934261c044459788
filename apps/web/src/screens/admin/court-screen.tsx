import { Alert, GridContainer } from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { COURT_SCREEN } from './court-queries';
import { CourtCalendar } from './court-calendar';
import { CourtSettingsForm } from './court-settings-form';
import { CourtStaff } from './court-staff';

/**
 * One court kept by an admin or by its own staff: its settings, its calendar of days off, and its staff
 * accounts. The role only decides which parts to offer; every refusal still comes from the API.
 */
export function CourtScreen() {
  const { courtId } = useParams({ from: '/courts/$courtId' });
  const [{ data, error }] = useQuery({ query: COURT_SCREEN });

  if (error) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This court could not be loaded" role="alert">
          {error.graphQLErrors[0]?.message ?? 'Reload the page to try again.'}
        </Alert>
      </GridContainer>
    );
  }
  if (!data) {
    return (
      <GridContainer className="padding-y-4">
        <p aria-live="polite">Loading the court…</p>
      </GridContainer>
    );
  }
  const court = data.courts.find((c) => c.id === courtId);
  const isAdmin = data.me.role === 'ADMIN';
  const ownStaff = data.me.role === 'COURT_STAFF' && data.me.courtId === courtId;
  if (!court || !(isAdmin || ownStaff)) {
    return (
      <GridContainer className="padding-y-4">
        <h1>Not your court</h1>
        <p>
          {court ? `${court.name} is` : 'This court is'} kept by an administrator and by the court’s own
          staff. <Link to="/">Back to your first screen</Link>
        </p>
      </GridContainer>
    );
  }
  return (
    <GridContainer className="padding-y-4">
      <p>
        <Link to="/">{isAdmin ? 'All courts' : 'The docket'}</Link>
      </p>
      <h1>{court.name}</h1>
      <p>
        District: {court.district}
        <br />
        Time zone: {court.timeZone} (a deadline’s last day ends at midnight here)
      </p>
      <CourtSettingsForm court={court} />
      <CourtCalendar court={court} />
      <CourtStaff courtId={court.id} asAdmin={isAdmin} />
    </GridContainer>
  );
}
