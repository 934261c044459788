import { Alert, GridContainer, Table } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/graphql';
import { AddCourtForm } from './add-court-form';
import { JobQueues } from './job-queues';

const COURTS = graphql(`
  query Courts {
    courts {
      id
      name
      district
      timeZone
    }
  }
`);

/** An admin's first screen: the courts on Parley, each opened to keep it, and a new one. Admins read no case (issue 11). */
export function CourtsScreen() {
  const [{ data, error }] = useQuery({ query: COURTS });
  return (
    <GridContainer className="padding-y-4">
      <h1>Courts on Parley</h1>
      {error && (
        <Alert type="error" headingLevel="h2" heading="The courts could not be loaded" role="alert">
          Reload the page to try again.
        </Alert>
      )}
      {!data && !error && <p aria-live="polite">Loading the courts…</p>}
      {data && (
        <Table fullWidth stackedStyle="default" caption="Courts and the time zone their deadlines run in">
          <thead>
            <tr>
              <th scope="col">Court</th>
              <th scope="col">District</th>
              <th scope="col">Time zone</th>
            </tr>
          </thead>
          <tbody>
            {data.courts.map((court) => (
              <tr key={court.id}>
                <th scope="row" data-label="Court">
                  <Link to="/courts/$courtId" params={{ courtId: court.id }}>
                    {court.name}
                  </Link>
                </th>
                <td data-label="District">{court.district}</td>
                <td data-label="Time zone">{court.timeZone}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <AddCourtForm />
      <JobQueues />
    </GridContainer>
  );
}
