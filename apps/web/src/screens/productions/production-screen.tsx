import { Alert, GridContainer, Label, Select } from '@trussworks/react-uswds';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActionForm } from '../../components/action-form';
import { ConfirmedMutation } from '../../components/confirmed-mutation';
import { spokenDate } from '../../components/dates';
import { Field } from '../../components/field';
import { refusalOf } from '../../components/refusal';
import { ClawBackPages, ClawbackList, ClawbackNotice } from './clawback-parts';
import {
  DISCARD_PRODUCTION,
  Method,
  METHOD_WORDS,
  MY_SIDE,
  plural,
  PRODUCTION,
  ProductionView,
  Role,
  SERVE_PRODUCTION,
  SERVED_BY_WORDS,
  signs,
} from './production-queries';
import { NumberingTable, Volume } from './volume-parts';

/** Serve a draft: how, and the signature of counsel of record or the party (FRCP 26(g)(1)). */
function ServeProduction({
  production,
  myName,
  onServed,
}: {
  production: ProductionView;
  myName: string;
  onServed: () => void;
}) {
  const [method, setMethod] = useState<Method>('ELECTRONIC');
  const [signature, setSignature] = useState('');
  const signatureValue = signature || `/s/ ${myName}`;
  return (
    <ActionForm
      id="serve"
      heading="Serve the production"
      document={SERVE_PRODUCTION}
      variables={() => ({ input: { productionId: production.id, method, signature: signatureValue } })}
      button="Sign and serve the production"
      onDone={onServed}
    >
      <p>
        Serving gives every page its Bates number for good, stamps it, and makes the volume with its load
        files; {production.receivingParty.name} is told and can download it. A served production is never
        changed.
      </p>
      <Label htmlFor="serve-method">How it is served</Label>
      <Select
        id="serve-method"
        name="serve-method"
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
        id="serve-signature"
        label="Your signature"
        hint="FRCP 26(g)(1)"
        value={signatureValue}
        onChange={setSignature}
      />
    </ActionForm>
  );
}

/** A production: its numbers, and what each side does with it (serve, download, claw back, answer). */
export function ProductionScreen() {
  const { productionId } = useParams({ from: '/productions/$productionId' });
  const [{ data, error }, reload] = useQuery({ query: PRODUCTION, variables: { id: productionId } });
  const production = data?.production;
  const [{ data: side }] = useQuery({
    query: MY_SIDE,
    variables: { caseId: production?.caseId ?? '' },
    pause: !production,
  });
  const navigate = useNavigate();
  const refresh = () => reload({ requestPolicy: 'network-only' });

  if (error || (data && !production)) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This production could not be opened" role="alert">
          {error ? refusalOf(error).message : 'The production was not found.'}
        </Alert>
      </GridContainer>
    );
  }
  if (!production || !data || !side?.case) return <p className="grid-container padding-y-4">Loading…</p>;
  const membership = (partyId: string) => side.case?.myMemberships.find((m) => m.party.id === partyId);
  const producing = membership(production.producingParty.id);
  const receiving = membership(production.receivingParty.id);
  const role: Role | undefined = (producing ?? receiving)?.role;
  const zone = side.case.court.timeZone;
  const draft = production.status === 'DRAFT';
  const unanswered = production.clawbacks.filter((c) => !c.outcome && !c.withdrawnAt);
  const numbers = `${production.firstBates}–${production.lastBates}`;

  return (
    <GridContainer className="padding-y-4">
      <h1>{draft ? 'Draft production' : `Production ${production.volume}`}</h1>
      <p>
        From {production.producingParty.name} to {production.receivingParty.name}, answering “
        <Link to="/sets/$setId" params={{ setId: production.setId }}>
          {production.setTitle}
        </Link>
        ”.
      </p>
      {draft ? (
        <Alert type="info" headingLevel="h2" heading="A draft, not served">
          Only your side sees it. If served now it would take {numbers}, {plural(production.pages, 'page')};
          the numbers are given for good when it is served.
        </Alert>
      ) : (
        <p>
          Served {production.servedOn ? spokenDate(production.servedOn) : ''}{' '}
          {SERVED_BY_WORDS[production.serviceMethod ?? ''] ?? ''}, signed {production.signature}:{' '}
          {plural(production.pages, 'page')}, {numbers}.
        </p>
      )}
      {receiving &&
        unanswered.map((c) =>
          signs(role) ? (
            <ClawbackNotice
              key={c.id}
              clawback={c}
              producingParty={production.producingParty.name}
              onAnswered={refresh}
            />
          ) : (
            <Alert key={c.id} type="warning" headingLevel="h2" heading={`Pages clawed back: ${c.batesRange}`}>
              {production.producingParty.name} claims them as privileged: “{c.basis}”. Counsel of record or
              the party answers by {spokenDate(c.answerDueOn)}.
            </Alert>
          ),
        )}
      <h2>{draft ? 'The documents and their numbers if served now' : 'The documents and their numbers'}</h2>
      <NumberingTable production={production} />
      {draft && producing && (
        <>
          {signs(role) ? (
            <ServeProduction production={production} myName={data.me.name} onServed={refresh} />
          ) : (
            <p className="margin-top-4">
              Counsel of record or the party signs and serves it (FRCP 26(g)(1)).
            </p>
          )}
          <section aria-labelledby="discard-heading" className="margin-top-4">
            <h2 id="discard-heading">Discard the draft</h2>
            <ConfirmedMutation
              document={DISCARD_PRODUCTION}
              variables={{ id: production.id }}
              ask="Discard this draft"
              question="Discard this draft for good? Nothing was served; the files stay in the case for another production."
              yes="Yes, discard the draft"
              keep="Keep the draft"
              onDone={() => void navigate({ to: '/sets/$setId', params: { setId: production.setId } })}
            />
          </section>
        </>
      )}
      {!draft && (
        <>
          <Volume production={production} receiving={Boolean(receiving) && !producing} />
          <ClawbackList
            clawbacks={production.clawbacks}
            zone={zone}
            canWithdraw={Boolean(producing && signs(role))}
            onWithdrawn={refresh}
          />
          {producing && signs(role) && <ClawBackPages productionId={production.id} onDone={refresh} />}
        </>
      )}
    </GridContainer>
  );
}
