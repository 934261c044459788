import { Alert, GridContainer, Label, Select, Table } from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActionForm } from '../../components/action-form';
import { spokenDate } from '../../components/dates';
import { Field } from '../../components/field';
import { MutationButton } from '../../components/mutation-button';
import { PaperButton } from '../../components/paper-link';
import { refusalOf } from '../../components/refusal';
import { Method, METHOD_WORDS, MY_SIDE, plural, signs } from '../productions/production-queries';
import { EntryForm } from './entry-form';
import {
  LogEntry,
  PRIVILEGE_LOG,
  PRIVILEGE_WORDS,
  PrivilegeLogData,
  REMOVE_ENTRY,
  SERVE_LOG,
} from './privilege-log-queries';

/** The entries in the log's own columns (FRCP 26(b)(5)(A)); the producing side's drafts marked, removable. */
export function LogEntries({
  entries,
  editable,
  onRemoved,
}: {
  entries: readonly LogEntry[];
  editable: boolean;
  onRemoved: () => void;
}) {
  if (entries.length === 0) return <p>No document is logged as withheld.</p>;
  return (
    <Table fullWidth stackedStyle="default" caption="Documents withheld on a claim of privilege">
      <thead>
        <tr>
          <th scope="col">Entry</th>
          <th scope="col">Document</th>
          <th scope="col">From → to</th>
          <th scope="col">Subject matter</th>
          <th scope="col">Privilege claimed</th>
          <th scope="col">Produced in part</th>
          <th scope="col">Withheld from</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <th scope="row" data-label="Entry">
              {e.served ? `No. ${e.number}` : 'Draft, not served'}
              {!e.served && editable && (
                <div className="margin-top-1">
                  <MutationButton
                    document={REMOVE_ENTRY}
                    variables={{ id: e.id }}
                    label="Remove"
                    srLabel={`the draft entry: ${e.documentType}, ${spokenDate(e.date)}`}
                    unstyled
                    onDone={onRemoved}
                  />
                </div>
              )}
            </th>
            <td data-label="Document">
              {e.documentType}, {spokenDate(e.date)}
            </td>
            <td data-label="From → to">
              {e.author} → {e.recipients.length ? e.recipients.join('; ') : 'nobody (a note to file)'}
            </td>
            <td data-label="Subject matter">{e.subject}</td>
            <td data-label="Privilege claimed">
              {PRIVILEGE_WORDS[e.privilege]}
              {e.basis ? `: ${e.basis}` : ''}
            </td>
            <td data-label="Produced in part">{e.batesRange ?? 'No'}</td>
            <td data-label="Withheld from">{e.requestNumbers.map((n) => `No. ${n}`).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The logs as served, first to last, each as its PDF and CSV. */
function ServedLogs({ logs }: { logs: PrivilegeLogData['privilegeLogs'] }) {
  return (
    <section aria-labelledby="served-logs-heading" className="margin-top-4">
      <h2 id="served-logs-heading">The log as served</h2>
      {logs.length === 0 ? (
        <p>No log has been served for these requests.</p>
      ) : (
        <ul className="add-list-reset">
          {logs.map((log) => (
            <li key={log.id} className="margin-bottom-2">
              <p className="margin-bottom-1">
                <strong>{log.title}</strong>, served {spokenDate(log.servedOn)}:{' '}
                {plural(log.entries.length, 'entry', 'entries')}.
              </p>
              <PaperButton path={log.pdfUrl} label={`Download “${log.title}” (PDF)`} />
              <PaperButton
                path={log.csvUrl}
                label={`Download “${log.title}” (CSV)`}
                filename="privilege-log.csv"
                failure="The log could not be downloaded. Try again."
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Serve the drafts: the log, or its next supplement; counsel of record or the party signs (FRCP 26(g)(1)). */
function ServeLog({
  data,
  drafts,
  onServed,
}: {
  data: PrivilegeLogData;
  drafts: number;
  onServed: (title: string) => void;
}) {
  const set = data.discoverySet;
  const [method, setMethod] = useState<Method>('ELECTRONIC');
  const [signature, setSignature] = useState('');
  const signatureValue = signature || `/s/ ${data.me.name}`;
  if (!set) return null;
  const supplement = data.privilegeLogs.length > 0;
  return (
    <ActionForm
      id="serve-log"
      heading={supplement ? 'Serve a supplement to the log' : 'Serve the log'}
      document={SERVE_LOG}
      variables={() => ({
        input: {
          caseId: set.caseId,
          setId: set.id,
          producingPartyId: set.respondingParty.id,
          method,
          signature: signatureValue,
        },
      })}
      button={supplement ? 'Sign and serve the supplement' : 'Sign and serve the log'}
      onDone={(result) => onServed(result.servePrivilegeLog.title)}
    >
      <p>
        The {plural(drafts, 'draft entry', 'draft entries')} {drafts === 1 ? 'goes' : 'go'} to{' '}
        {set.servingParty.name}, numbered, as a PDF and a CSV; served entries are never changed.
      </p>
      <Label htmlFor="serve-log-method">How it is served</Label>
      <Select
        id="serve-log-method"
        name="serve-log-method"
        value={method}
        onChange={(e) => setMethod(e.target.value as Method)}
      >
        {(Object.keys(METHOD_WORDS) as Method[]).map((m) => (
          <option key={m} value={m}>
            {METHOD_WORDS[m]}
          </option>
        ))}
      </Select>
      <Field
        id="serve-log-signature"
        label="Your signature"
        hint="FRCP 26(g)(1)"
        value={signatureValue}
        onChange={setSignature}
      />
    </ActionForm>
  );
}

/** A Rule 34 set's privilege log: the producing side keeps and serves it; the other side reads it. */
export function PrivilegeLogScreen() {
  const { setId } = useParams({ from: '/sets/$setId/privilege-log' });
  const [{ data, error }, reload] = useQuery({ query: PRIVILEGE_LOG, variables: { setId } });
  const set = data?.discoverySet;
  const [{ data: side }] = useQuery({
    query: MY_SIDE,
    variables: { caseId: set?.caseId ?? '' },
    pause: !set,
  });
  const [served, setServed] = useState<string | null>(null);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  if (error || (data && !set)) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This privilege log could not be opened" role="alert">
          {error ? refusalOf(error).message : 'The set was not found.'}
        </Alert>
      </GridContainer>
    );
  }
  if (!data || !set || !side) return <p className="grid-container padding-y-4">Loading…</p>;
  const membership = side.case?.myMemberships.find((m) => m.party.id === set.respondingParty.id);
  const drafts = data.privilegeLogEntries.filter((e) => !e.served);

  return (
    <GridContainer className="padding-y-4">
      <h1>Privilege log: {set.title}</h1>
      <p>
        Documents {set.respondingParty.name} withholds from {set.servingParty.name}’s requests on a claim of
        privilege or work product (FRCP 26(b)(5)(A));{' '}
        <Link to="/sets/$setId" params={{ setId: set.id }}>
          back to the requests
        </Link>
        .
      </p>
      {served && (
        <Alert type="success" headingLevel="h2" heading="Served" role="status">
          “{served}” was served on {set.servingParty.name}.
        </Alert>
      )}
      <h2>The entries</h2>
      <LogEntries entries={data.privilegeLogEntries} editable={Boolean(membership)} onRemoved={refresh} />
      {!membership && data.privilegeLogEntries.length > 0 && (
        <p>
          To challenge an entry, open a dispute from{' '}
          <Link to="/cases/$caseId" params={{ caseId: set.caseId }} hash="open-dispute-heading">
            the case
          </Link>{' '}
          and choose the entry there.
        </p>
      )}
      <ServedLogs logs={data.privilegeLogs} />
      {membership && (
        <>
          <EntryForm
            caseId={set.caseId}
            setId={set.id}
            producingPartyId={set.respondingParty.id}
            items={set.items}
            onAdded={() => {
              setServed(null);
              refresh();
            }}
          />
          {drafts.length > 0 &&
            (signs(membership.role) ? (
              <ServeLog
                data={data}
                drafts={drafts.length}
                onServed={(title) => {
                  setServed(title);
                  refresh();
                }}
              />
            ) : (
              <p className="margin-top-4">
                Counsel of record or the party signs and serves the log (FRCP 26(g)(1)).
              </p>
            ))}
        </>
      )}
    </GridContainer>
  );
}
