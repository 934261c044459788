import { Alert, Button, GridContainer, Table } from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { spokenDate, spokenTime } from '../../components/dates';
import { NewCalendarFeed } from '../../components/new-calendar-feed';
import { courtToday } from '../../components/court-clock';
import { PaperButton } from '../../components/paper-link';
import { Mailings } from '../mail/mailings';
import { CaseFilings } from '../filings/case-filings';
import { CaseProductions } from '../productions/case-productions';
import { CaseDeadlines } from './case-deadlines';
import { ConferralPolicy } from './conferral-policy';
import { DiscoveryOrders } from './discovery-orders';
import { InviteToParty } from './invite-to-party';
import { OpenDispute } from './open-dispute';
import { PartyAddresses } from './party-addresses';
import { WithdrawSet } from './withdraw-set';
import { CASE, CaseData, DISPUTE_STATUS_WORDS, KIND_WORDS, SET_STATUS_WORDS, VERIFY } from './case-queries';

type TheCase = NonNullable<CaseData['case']>;

const words = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ');

function Parties({ theCase }: { theCase: TheCase }) {
  return (
    <>
      <h2>Parties</h2>
      <ul className="usa-list">
        {theCase.parties.map((p) => (
          <li key={p.id}>
            {p.name}, {words(p.side)}
            {p.incarcerated ? ', in custody' : ''}:{' '}
            {p.members.length
              ? p.members
                  .map((m) => `${m.name} (${m.role === 'PRO_SE' ? 'for themselves' : words(m.role)})`)
                  .join(', ')
              : 'nobody on Parley; papers go by mail'}
          </li>
        ))}
      </ul>
    </>
  );
}

function Sets({ sets, mine }: { sets: CaseData['discoverySets']; mine: Set<string> }) {
  if (!sets.length) return <p>No discovery has been served in this case yet.</p>;
  return (
    <Table fullWidth stackedStyle="default" caption="Discovery served both ways">
      <thead>
        <tr>
          <th scope="col">Set</th>
          <th scope="col">From → to</th>
          <th scope="col">Status</th>
          <th scope="col">Responses due</th>
          <th scope="col">Papers</th>
        </tr>
      </thead>
      <tbody>
        {sets.map((set) => (
          <tr key={set.id}>
            <th scope="row" data-label="Set">
              {set.status === 'DRAFT' ? (
                set.title
              ) : (
                <Link to="/sets/$setId" params={{ setId: set.id }}>
                  {set.title}
                </Link>
              )}{' '}
              ({KIND_WORDS[set.kind]})
            </th>
            <td data-label="From → to">
              {set.servingParty.name} → {set.respondingParty.name}
            </td>
            <td data-label="Status">{SET_STATUS_WORDS[set.status]}</td>
            <td data-label="Responses due">
              {set.responseDueOn ? spokenDate(set.responseDueOn) : 'Not served'}
            </td>
            <td data-label="Papers">
              {set.onPaper ? (
                <>
                  <span className="display-block">
                    On paper: entered by {set.onPaper.recordedBy}, received{' '}
                    {spokenDate(set.onPaper.receivedOn)}.
                  </span>
                  <PaperButton
                    path={`/documents/${set.onPaper.scan.id}`}
                    label={`Download the scan of “${set.title}”`}
                  />
                </>
              ) : (
                set.status !== 'DRAFT' && (
                  <PaperButton
                    path={`/discovery-sets/${set.id}/paper.pdf`}
                    label={`Download “${set.title}”`}
                  />
                )
              )}
              {set.response && (
                <PaperButton
                  path={`/discovery-responses/${set.response.id}/paper.pdf`}
                  label="Download the responses"
                />
              )}
              {mine.has(set.servingParty.id) && ['SERVED', 'OVERDUE'].includes(set.status) && (
                <WithdrawSet set={set} />
              )}
              {mine.has(set.respondingParty.id) && ['SERVED', 'OVERDUE'].includes(set.status) && (
                <Link className="usa-button" to="/sets/$setId/answer" params={{ setId: set.id }}>
                  Answer “{set.title}”
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function Trail({ data, caseId, zone }: { data: CaseData; caseId: string; zone: string }) {
  const client = useClient();
  const [check, setCheck] = useState<string | null>(null);
  async function verify() {
    const result = await client.query(VERIFY, { id: caseId }, { requestPolicy: 'network-only' }).toPromise();
    const v = result.data?.verifyAuditChain;
    setCheck(
      !v
        ? 'The trail could not be checked. Try again.'
        : v.valid
          ? `The trail is intact: all ${v.eventCount} events fit their hash chain.`
          : `The trail has been altered: event ${v.brokenAt} no longer fits its chain.`,
    );
  }
  return (
    <>
      <h2>What happened, oldest first</h2>
      <ol className="usa-list">
        {data.auditTrail.edges.map(({ node }) => (
          <li key={node.id}>
            {spokenTime(node.occurredAt, zone)}: {words(node.action)}
          </li>
        ))}
      </ol>
      <Button type="button" outline onClick={() => void verify()}>
        Verify the trail
      </Button>
      {check && <p role="status">{check}</p>}
    </>
  );
}

/** A case: its parties, the discovery both ways, disputes, deadlines, and the trail of what happened. */
export function CaseScreen() {
  const { caseId } = useParams({ from: '/cases/$caseId' });
  const [{ data, error }] = useQuery({ query: CASE, variables: { id: caseId } });
  const theCase = data?.case;

  if (error || (data && !theCase)) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This case could not be opened" role="alert">
          {error?.graphQLErrors[0]?.message ?? 'The case was not found.'}
        </Alert>
      </GridContainer>
    );
  }
  if (!data || !theCase) {
    return (
      <GridContainer className="padding-y-4">
        <p aria-live="polite">Loading the case…</p>
      </GridContainer>
    );
  }
  const zone = theCase.court.timeZone;
  const myParties = new Set(theCase.myMemberships.map((m) => m.party.id));
  return (
    <GridContainer className="padding-y-4">
      <h1>
        {theCase.title}, No. {theCase.docketNumber}
      </h1>
      <p>
        {theCase.court.name}; Judge {theCase.judge}
        {theCase.discoveryCutoffOn ? `; discovery closes ${spokenDate(theCase.discoveryCutoffOn)}` : ''}.
      </p>
      <Parties theCase={theCase} />
      <InviteToParty parties={theCase.parties} timeZone={theCase.court.timeZone} />
      <PartyAddresses parties={theCase.parties} />
      <h2>Discovery</h2>
      <p>
        <Link className="usa-button" to="/cases/$caseId/serve" params={{ caseId }}>
          Serve discovery
        </Link>
      </p>
      {theCase.parties.some((p) => p.members.length === 0) && (
        <p>
          <Link
            className="usa-button usa-button--outline"
            to="/cases/$caseId/record-paper"
            params={{ caseId }}
          >
            Enter a paper that came by mail
          </Link>
        </p>
      )}
      <Sets sets={data.discoverySets} mine={myParties} />
      <CaseProductions caseId={caseId} />
      <OpenDispute
        caseId={caseId}
        sets={data.discoverySets.filter(
          (set) => myParties.has(set.servingParty.id) && ['RESPONDED', 'OVERDUE'].includes(set.status),
        )}
      />
      <Mailings caseId={caseId} today={courtToday(zone)} />
      <CaseFilings filings={theCase.paperFilings} mine={myParties} />
      <DiscoveryOrders caseId={caseId} parties={theCase.parties} zone={zone} />
      <ConferralPolicy caseId={caseId} parties={theCase.parties} />
      <h2>Disputes</h2>
      {data.disputes.length ? (
        <ul className="usa-list">
          {data.disputes.map((d) => (
            <li key={d.id}>
              <Link to="/disputes/$disputeId" params={{ disputeId: d.id }}>
                {d.summary}
              </Link>{' '}
              (
              {d.escalation?.status === 'AWAITING_POSITION'
                ? 'Going to the court once both parts of the joint letter are in'
                : DISPUTE_STATUS_WORDS[d.status]}
              ; opened by {d.requestingParty.name})
              {d.escalation && (
                <PaperButton
                  path={`/escalations/${d.escalation.id}/packet.pdf`}
                  label="Download the joint letter"
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>No disputes.</p>
      )}
      <CaseDeadlines deadlines={data.deadlines} parties={theCase.parties} mine={myParties} />
      <NewCalendarFeed heading="Deadlines in your calendar" />
      <Trail data={data} caseId={caseId} zone={zone} />
    </GridContainer>
  );
}
