import { Alert, GridContainer, Label, Select, Table } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { daysSince, spokenTime } from '../../components/dates';
import { DOCKET, DocketEntry, STATUS_WORDS } from './court-queries';
import { ConflictsLink, IntakeLink } from './conflicts-link';
import { OwnCourtLink } from './own-court-link';
import { courtToday } from '../../components/court-clock';
import { CourtMailings } from '../mail/mailings';
import { useCourtZone } from './use-court-zone';

type Filter = DocketEntry['status'] | 'ALL';

/** The court's docket of discovery disputes: what is before it, how long it has waited, and for whom. */
export function DocketScreen() {
  const [filter, setFilter] = useState<Filter>('SUBMITTED');
  const [{ data, error, fetching }] = useQuery({
    query: DOCKET,
    variables: { status: filter === 'ALL' ? null : filter },
  });
  const zone = useCourtZone();

  return (
    <GridContainer className="padding-y-4">
      <h1>Discovery disputes before the court</h1>
      <OwnCourtLink />
      <IntakeLink />
      <ConflictsLink />
      <Label htmlFor="docket-status">Show</Label>
      <Select
        id="docket-status"
        name="docket-status"
        value={filter}
        onChange={(e) => setFilter(e.target.value as Filter)}
      >
        <option value="SUBMITTED">{STATUS_WORDS.SUBMITTED}</option>
        <option value="AWAITING_POSITION">{STATUS_WORDS.AWAITING_POSITION}</option>
        <option value="RULED">{STATUS_WORDS.RULED}</option>
        <option value="ALL">All disputes</option>
      </Select>
      {error && (
        <Alert type="error" headingLevel="h2" heading="The docket could not be loaded" role="alert">
          Reload the page to try again.
        </Alert>
      )}
      {(fetching || !zone) && !data && <p aria-live="polite">Loading the docket…</p>}
      {data && zone && data.courtDocket.length === 0 && <p>Nothing here.</p>}
      {data && zone && data.courtDocket.length > 0 && (
        <Table fullWidth stackedStyle="default" caption="Disputes, oldest first">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Status</th>
              <th scope="col">Taken to the court</th>
              <th scope="col">Parties</th>
            </tr>
          </thead>
          <tbody>
            {data.courtDocket.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" data-label="Case">
                  <Link to="/escalations/$escalationId" params={{ escalationId: entry.id }}>
                    {entry.caption}, No. {entry.docketNumber}
                  </Link>
                </th>
                <td data-label="Status">{STATUS_WORDS[entry.status]}</td>
                <td data-label="Taken to the court">
                  {spokenTime(entry.escalatedAt, zone)} ({daysSince(entry.escalatedAt)} days ago)
                </td>
                <td data-label="Parties">
                  {entry.parties.map((p) => `${p.name} (${p.side.toLowerCase()})`).join(', ')}; brought by{' '}
                  {entry.escalatingParty.name}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {zone && <CourtMailings today={courtToday(zone)} />}
    </GridContainer>
  );
}
