import { GridContainer, Table } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { courtToday } from '../../../components/court-clock';
import { spokenDate } from '../../../components/dates';
import { MY_COURT } from '../court-queries';
import { useCourtZone } from '../use-court-zone';
import { DocketLookup } from './docket-lookup';
import { FilingFacts, FilingVerdict, OrderForm } from './filing-review';
import { DocketEntry, Filing, FILING_STATUS_WORDS, KIND_WORDS, PAPER_FILINGS } from './intake-queries';
import { RecordFilingForm } from './record-filing-form';

/**
 * The clerk's intake of a paper mailed to the court (DOMAIN.md, "Paper that reaches the court"): find
 * the case by its docket number, keep the scan, record the paper, read what the record shows, and enter
 * the order Parley proposes, edited.
 */
export function IntakeScreen() {
  const [{ data: me }] = useQuery({ query: MY_COURT });
  const zone = useCourtZone();
  const [entry, setEntry] = useState<DocketEntry | null>(null);
  const [recorded, setRecorded] = useState<Filing | null>(null);
  const [entered, setEntered] = useState(false);
  const [{ data: queue }, refresh] = useQuery({ query: PAPER_FILINGS, variables: { status: null } });
  const courtId = me?.me.courtId;
  if (!courtId || !zone) return <p className="grid-container padding-y-4">Loading…</p>;

  return (
    <GridContainer className="padding-y-4">
      <h1>Paper mailed to the court</h1>
      <p>
        <Link to="/">Back to the docket</Link>
      </p>
      <h2>Find the case</h2>
      <DocketLookup
        courtId={courtId}
        onFound={(found) => {
          setEntry(found);
          setRecorded(null);
          setEntered(false);
        }}
      />
      {entry && (
        <section aria-labelledby="docket-entry" className="margin-top-4">
          <h2 id="docket-entry">
            {entry.caption}, No. {entry.docketNumber}
          </h2>
          <p>Judge {entry.judge}.</p>
          <ul className="usa-list">
            {entry.parties.map((p) => (
              <li key={p.id}>
                {p.name}, {p.side.toLowerCase()}
                {p.incarcerated ? ', in custody' : ''}:{' '}
                {p.onParley ? 'on Parley' : 'not on Parley (papers by mail)'}
              </li>
            ))}
          </ul>
          {!recorded ? (
            <RecordFilingForm
              entry={entry}
              today={courtToday(zone)}
              onRecorded={(filing) => {
                setRecorded(filing);
                refresh({ requestPolicy: 'network-only' });
              }}
            />
          ) : (
            <>
              <FilingFacts filing={recorded} />
              <FilingVerdict filing={recorded} />
              {entered ? (
                <p role="status">The order is entered; it waits under “Papers to mail” on the docket.</p>
              ) : recorded.status === 'AWAITING_RESPONSE' ? (
                <p role="status">
                  The other side has until {spokenDate(recorded.responseDueOn ?? '')} to answer the motion; it
                  is in the queue below.
                </p>
              ) : (
                <OrderForm
                  filing={recorded}
                  onEntered={() => {
                    setEntered(true);
                    refresh({ requestPolicy: 'network-only' });
                  }}
                />
              )}
            </>
          )}
        </section>
      )}
      <h2 className="margin-top-6">Papers recorded</h2>
      {queue && queue.paperFilings.length === 0 && <p>None yet.</p>}
      {queue && queue.paperFilings.length > 0 && (
        <Table fullWidth stackedStyle="default" caption="Oldest first">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Paper</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {queue.paperFilings.map((f) => (
              <tr key={f.id}>
                <th scope="row" data-label="Case">
                  <Link to="/court/filings/$filingId" params={{ filingId: f.id }}>
                    {f.caption}, No. {f.docketNumber}
                  </Link>
                </th>
                <td data-label="Paper">
                  {KIND_WORDS[f.kind]} from {f.fromParty.name}, received {spokenDate(f.receivedOn)}
                </td>
                <td data-label="Status">
                  {f.escalation
                    ? 'Before the court as the dispute’s joint letter'
                    : FILING_STATUS_WORDS[f.status]}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </GridContainer>
  );
}
