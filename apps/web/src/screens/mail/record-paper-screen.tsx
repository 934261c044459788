import { Alert, Fieldset, GridContainer, Label, Radio, Select } from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { courtToday } from '../../components/court-clock';
import { RECORD_PAPER_CONTEXT } from './record-paper-queries';
import { MailedPaper, RecordResponseForm, RecordSetForm } from './record-forms';
import { RecordDisputeLetterForm, RecordLetterForm } from './record-letter-forms';
import { ScanUpload, UploadedScan } from './scan-upload';

const WHAT = {
  SET: 'Discovery requests he or she served',
  RESPONSE: 'Answers to requests your side served',
  DISPUTE_LETTER: 'A letter disputing your side’s answers to his or her requests',
  LETTER: 'A letter about a dispute already open',
} as const;

/**
 * A paper that came by mail from a party nobody represents on Parley: its scan on one side, the form
 * typed from it on the other (DOMAIN.md, "Parties not on Parley"). Time runs from the day it was mailed.
 */
export function RecordPaperScreen() {
  const { caseId } = useParams({ from: '/cases/$caseId/record-paper' });
  const [{ data, error }] = useQuery({ query: RECORD_PAPER_CONTEXT, variables: { id: caseId } });
  const [what, setWhat] = useState<keyof typeof WHAT>('SET');
  const [scan, setScan] = useState<UploadedScan | null>(null);
  const [senderId, setSenderId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
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
  if (!data || !theCase) return <p className="grid-container padding-y-4">Loading…</p>;

  const mine = theCase.myMemberships[0]?.party.id ?? '';
  const offline = theCase.parties.filter((p) => p.members.length === 0);
  const sender = offline.find((p) => p.id === senderId) ?? offline[0];
  const paper: MailedPaper | null = sender
    ? {
        caseId,
        sender,
        mine,
        scanId: scan?.id ?? null,
        timeZone: theCase.court.timeZone,
        today: courtToday(theCase.court.timeZone),
        onDone: setDone,
      }
    : null;

  return (
    <GridContainer className="padding-y-4">
      <h1>Enter a paper that came by mail</h1>
      <p>
        {theCase.title}, No. {theCase.docketNumber}.{' '}
        <Link to="/cases/$caseId" params={{ caseId }}>
          Back to the case
        </Link>
      </p>
      {!paper ? (
        <p>Every party of this case is on Parley: each serves its own papers here.</p>
      ) : done ? (
        <Alert type="success" headingLevel="h2" heading="Entered" role="status">
          {done}{' '}
          <Link to="/cases/$caseId" params={{ caseId }}>
            Back to the case
          </Link>
        </Alert>
      ) : (
        <>
          {offline.length > 1 && (
            <>
              <Label htmlFor="sender">Who mailed it</Label>
              <Select
                id="sender"
                name="sender"
                value={sender?.id}
                onChange={(e) => setSenderId(e.target.value)}
              >
                {offline.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </>
          )}
          <Fieldset legend={`What arrived from ${paper.sender.name}`}>
            {(Object.keys(WHAT) as Array<keyof typeof WHAT>).map((key) => (
              <Radio
                key={key}
                id={`what-${key}`}
                name="what"
                label={WHAT[key]}
                checked={what === key}
                onChange={() => setWhat(key)}
              />
            ))}
          </Fieldset>
          <div className="grid-row grid-gap-4 margin-top-2">
            <div className="tablet:grid-col-6">
              <ScanUpload caseId={caseId} partyId={mine} onUploaded={setScan} />
            </div>
            <div className="tablet:grid-col-6">
              {!scan ? (
                <p className="margin-top-4">
                  Choose the scan first: the form to type it in appears here, beside it.
                </p>
              ) : what === 'SET' ? (
                <RecordSetForm paper={paper} />
              ) : what === 'RESPONSE' ? (
                <RecordResponseForm paper={paper} sets={data.discoverySets} />
              ) : what === 'DISPUTE_LETTER' ? (
                <RecordDisputeLetterForm paper={paper} sets={data.discoverySets} />
              ) : (
                <RecordLetterForm paper={paper} disputes={data.disputes} />
              )}
            </div>
          </div>
        </>
      )}
    </GridContainer>
  );
}
