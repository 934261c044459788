import {
  Alert,
  GridContainer,
  SummaryBox,
  SummaryBoxContent,
  SummaryBoxHeading,
} from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { spokenDate } from '../../components/dates';
import { OnThisPage } from '../../components/on-this-page';
import { PaperButton } from '../../components/paper-link';
import { ConfirmedMutation } from '../../components/confirmed-mutation';
import { WITHDRAW_DISPUTE } from './conferral-queries';
import { AskToConfer, LogConference } from './conferral-forms';
import { ConferralThread } from './conferral-thread';
import { LetterLength } from './letter-length';
import { Resolution } from './resolution';
import { refusalOf } from '../../components/refusal';
import { Field } from '../../components/field';
import { ActionForm } from '../../components/action-form';
import {
  CASE_MEMBERSHIP,
  CERTIFY,
  DISPUTE,
  DISPUTE_SIDES,
  DisputeView,
  ESCALATE,
  SEND_LETTER,
  SUBMIT_POSITION,
} from './dispute-queries';

const CONFERRING_SECTIONS = [
  ['thread-heading', 'Meeting and conferring so far'],
  ['letter-heading', 'Write to the other side'],
  ['ask-heading', 'Ask the other side to confer'],
  ['log-heading', 'Record a conference you held'],
  ['certify-heading', 'Certify that you conferred'],
  ['resolve-heading', 'Settle the dispute'],
  ['checklist-heading', 'Before you can take this to the court'],
  ['escalate-heading', 'Take the dispute to the court'],
] as const;

/** The gate as a checklist, from the API's own verdict: each missing element in plain words. */
function Checklist({ dispute }: { dispute: DisputeView }) {
  return (
    <SummaryBox className="margin-top-4">
      <SummaryBoxHeading headingLevel="h2" id="checklist-heading">
        Before you can take this to the court
      </SummaryBoxHeading>
      <SummaryBoxContent>
        {dispute.gate.open ? (
          <p>Everything the court asks for is in place: you may take the dispute to the court.</p>
        ) : (
          <ul className="usa-list">
            {dispute.gate.missing.map((m) => (
              <li key={m.code}>{m.explanation}</li>
            ))}
          </ul>
        )}
      </SummaryBoxContent>
    </SummaryBox>
  );
}

/** A dispute for a party: the record, a letter, the certification, the gate's checklist and Escalate. */
export function DisputeScreen() {
  const { disputeId } = useParams({ from: '/disputes/$disputeId' });
  // The reader's side first (the gate is judged for it), then the dispute once, for that side.
  const [{ data: first }] = useQuery({ query: DISPUTE_SIDES, variables: { id: disputeId } });
  const caseId = first?.dispute?.caseId;
  const [{ data: membership }] = useQuery({
    query: CASE_MEMBERSHIP,
    variables: { id: caseId ?? '' },
    pause: !caseId,
  });
  const mineIds = new Set(membership?.case?.myMemberships.map((m) => m.party.id) ?? []);
  const side = first?.dispute && mineIds.has(first.dispute.respondingParty.id) ? 'RESPONDING' : 'REQUESTING';
  const [{ data, error }, reload] = useQuery({
    query: DISPUTE,
    variables: { id: disputeId, side },
    pause: !membership,
  });
  const [letter, setLetter] = useState('');
  const [statement, setStatement] = useState('');
  const [signature, setSignature] = useState('');
  const [position, setPosition] = useState('');
  const [compromise, setCompromise] = useState('');
  const refresh = () => reload({ requestPolicy: 'network-only' });

  const dispute = data?.dispute;
  if (error) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This dispute could not be opened" role="alert">
          {refusalOf(error).message}
        </Alert>
      </GridContainer>
    );
  }
  if (!dispute || !data) return <p className="grid-container padding-y-4">Loading the dispute…</p>;
  const parties = [dispute.requestingParty, dispute.respondingParty];
  const name = (id: string) => parties.find((p) => p.id === id)?.name ?? 'A party';
  const mySide = side === 'RESPONDING' ? dispute.respondingParty : dispute.requestingParty;
  const otherSide = side === 'RESPONDING' ? dispute.requestingParty : dispute.respondingParty;
  const zone = membership?.case?.court.timeZone ?? 'UTC';
  const reader = { mine: mySide.id, other: otherSide.name, zone, name };
  const signatureValue = signature || `/s/ ${data.me.name}`;
  const conferring = dispute.status === 'CONFERRING';
  const escalation = dispute.escalation;

  return (
    <GridContainer className="padding-y-4">
      <h1>Dispute: {dispute.summary}</h1>
      <p>
        Opened by {dispute.requestingParty.name} over {dispute.items.map((i) => `No. ${i.number}`).join(', ')}
        ;{' '}
        <Link to="/cases/$caseId" params={{ caseId: dispute.caseId }}>
          back to the case
        </Link>
        .
      </p>
      {dispute.privilegeLogEntries.length > 0 && (
        <>
          <p className="margin-bottom-0">
            It challenges these entries of {dispute.respondingParty.name}’s privilege log:
          </p>
          <ul className="usa-list">
            {dispute.privilegeLogEntries.map((e) => (
              <li key={e.id}>
                No. {e.number}: {e.documentType}, {spokenDate(e.date)}, “{e.subject}”, withheld from{' '}
                {e.requestNumbers.map((n) => `No. ${n}`).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {dispute.resolution && (
        <SummaryBox className="margin-top-2">
          <SummaryBoxHeading headingLevel="h2">Resolved</SummaryBoxHeading>
          <SummaryBoxContent>
            <p>“{dispute.resolution}”</p>
          </SummaryBoxContent>
        </SummaryBox>
      )}
      {conferring && <OnThisPage sections={CONFERRING_SECTIONS} />}
      <ConferralThread dispute={dispute} reader={reader} open={conferring} onChange={refresh} />
      {dispute.escalation && (
        <PaperButton
          path={`/escalations/${dispute.escalation.id}/packet.pdf`}
          label="Read the joint letter (PDF)"
        />
      )}
      {conferring && (
        <>
          <ActionForm
            id="letter"
            heading="Write to the other side"
            document={SEND_LETTER}
            variables={() => ({ input: { disputeId: dispute.id, body: letter } })}
            button="Send the letter"
            onDone={() => {
              setLetter('');
              refresh();
            }}
          >
            <Field multiline id="letter-body" label="Your letter" value={letter} onChange={setLetter} />
          </ActionForm>
          <AskToConfer disputeId={dispute.id} zone={zone} onDone={refresh} />
          <LogConference disputeId={dispute.id} zone={zone} onDone={refresh} />
          <ActionForm
            id="certify"
            heading="Certify that you conferred in good faith"
            document={CERTIFY}
            variables={() => ({ input: { disputeId: dispute.id, statement, signature: signatureValue } })}
            button="Sign the certification"
            onDone={refresh}
          >
            <Field
              multiline
              id="certify-statement"
              label="How you conferred or tried to (FRCP 37(a)(1); Civil L.R. 37-1(b))"
              value={statement}
              onChange={setStatement}
            />
            <Field
              id="certify-signature"
              label="Your signature"
              value={signatureValue}
              onChange={setSignature}
            />
          </ActionForm>
          <Resolution dispute={dispute} moving={side === 'REQUESTING'} name={name} onDone={refresh} />
          {side === 'REQUESTING' && (
            <section className="margin-top-4" aria-labelledby="withdraw-heading">
              <h2 id="withdraw-heading">Drop the dispute</h2>
              <ConfirmedMutation
                document={WITHDRAW_DISPUTE}
                variables={{ disputeId: dispute.id }}
                ask="Withdraw this dispute"
                question="Withdraw this dispute for good? It ends here, and the court will not hear it."
                yes="Yes, withdraw the dispute"
                keep="Keep the dispute"
                onDone={refresh}
              />
            </section>
          )}
          <Checklist dispute={dispute} />
          <ActionForm
            id="escalate"
            heading={`Take the dispute to the court, for ${mySide.name}`}
            document={ESCALATE}
            variables={() => ({ input: { disputeId: dispute.id, position, compromise: compromise || null } })}
            button="Take it to the court"
            onDone={refresh}
          >
            <Field
              multiline
              id="position"
              label="Your position, for the joint letter"
              value={position}
              onChange={setPosition}
            />
            <Field
              multiline
              id="compromise"
              label="Your final proposed compromise"
              value={compromise}
              onChange={setCompromise}
            />
            <LetterLength disputeId={dispute.id} position={position} compromise={compromise} />
          </ActionForm>
        </>
      )}
      {escalation?.status === 'AWAITING_POSITION' && escalation.escalatingParty.id !== mySide.id && (
        <ActionForm
          id="position"
          heading={`Add ${mySide.name}’s part of the joint letter, by ${spokenDate(escalation.positionDueOn)}`}
          document={SUBMIT_POSITION}
          variables={() => ({
            input: { escalationId: escalation.id, position, compromise: compromise || null },
          })}
          button="Add our part to the joint letter"
          onDone={refresh}
        >
          <Field
            multiline
            id="their-position"
            label="Your position"
            value={position}
            onChange={setPosition}
          />
          <Field
            multiline
            id="their-compromise"
            label="Your final proposed compromise"
            value={compromise}
            onChange={setCompromise}
          />
          <LetterLength disputeId={dispute.id} position={position} compromise={compromise} />
        </ActionForm>
      )}
      {!conferring && escalation?.status !== 'AWAITING_POSITION' && (
        <p>This dispute is {dispute.status.toLowerCase()}; nothing more is done here.</p>
      )}
    </GridContainer>
  );
}
