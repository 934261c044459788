import {
  Alert,
  GridContainer,
  SummaryBox,
  SummaryBoxContent,
  SummaryBoxHeading,
} from '@trussworks/react-uswds';
import { useParams } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { spokenDate, spokenTime } from '../../components/dates';
import { PaperButton } from '../../components/paper-link';
import { ESCALATION, EscalationView, OUTCOME_WORDS, STATUS_WORDS } from './court-queries';
import { RulingForm } from './ruling-form';
import { useCourtZone } from './use-court-zone';

const STANDING_WORDS: Record<string, string> = {
  CONFIRMED: 'Confirmed by the other side',
  UNCONFIRMED: 'Not confirmed by the other side',
  CONTESTED: 'Contested by the other side',
};

function Items({ escalation }: { escalation: EscalationView }) {
  return (
    <>
      <h2>Disputed requests and responses</h2>
      {escalation.items.map((item) => (
        <section key={`${item.setTitle}-${item.number}`} className="margin-bottom-3">
          <h3>
            {item.setTitle}, No. {item.number}
          </h3>
          <p>{item.text}</p>
          <p>
            <strong>Response:</strong> {item.response ?? 'None'}
          </p>
          {item.objections.length > 0 && (
            <ul className="usa-list">
              {item.objections.map((o, i) => (
                <li key={i}>Objection: {o}</li>
              ))}
            </ul>
          )}
          {item.dueAfterCutoff && <p>Its answer fell due after the discovery cut-off (Civil L.R. 37-3).</p>}
        </section>
      ))}
    </>
  );
}

/** Log entries the dispute challenges, set out as the packet sets them out (FRCP 26(b)(5)(A)). */
function PrivilegeLogEntries({ escalation }: { escalation: EscalationView }) {
  if (escalation.privilegeLogEntries.length === 0) return null;
  return (
    <section aria-labelledby="privilege-entries-heading">
      <h2 id="privilege-entries-heading">Privilege log entries in dispute</h2>
      {escalation.privilegeLogEntries.map((e) => (
        <section key={`${e.producingParty}-${e.number}`} className="margin-bottom-3">
          <h3>
            {e.producingParty}’s log, entry No. {e.number}
          </h3>
          <p>
            {e.documentType}, {spokenDate(e.date)}, by {e.author}
            {e.recipients.length ? ` to ${e.recipients.join('; ')}` : ' (a note to file)'}.
          </p>
          <p>
            <strong>Subject matter:</strong> {e.subject}
          </p>
          <p>
            <strong>Privilege claimed:</strong> {e.privilege}
          </p>
          {e.batesRange && (
            <p>
              <strong>Produced in part:</strong> {e.batesRange}
            </p>
          )}
          <p className="margin-bottom-0">
            <strong>Withheld from:</strong>
          </p>
          <ul className="usa-list">
            {e.requests.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function Record({ escalation, zone }: { escalation: EscalationView; zone: string }) {
  return (
    <>
      <h2>Meeting and conferring</h2>
      <p>
        {escalation.conferralBasis.explanation} ({escalation.conferralBasis.rule})
      </p>
      <ul className="usa-list">
        {escalation.conferrals.map((c, i) => (
          <li key={i}>
            {spokenTime(c.heldAt, zone)}:{' '}
            {c.kind === 'LETTER' ? `Letter from ${c.from}` : `Conference recorded by ${c.from}`}: “{c.summary}
            ”{' '}
            {c.kind === 'LETTER'
              ? 'Delivered through Parley.'
              : `${STANDING_WORDS[c.standing] ?? c.standing}${c.contestReason ? `: “${c.contestReason}”` : ''}.`}
            {!c.counts && ' (Does not count: before the responses or before the court’s return to confer.)'}
          </li>
        ))}
      </ul>
      <h2>Certifications of good faith</h2>
      <ul className="usa-list">
        {escalation.certifications.map((c, i) => (
          <li key={i}>
            {c.party}: “{c.statement}” Signed by {c.signedBy}, {spokenTime(c.signedAt, zone)}
            {c.stands === false && ' (no longer stands: a later record or a return to confer)'}.
          </li>
        ))}
      </ul>
    </>
  );
}

/** One dispute as the court sees it: the joint letter, each request with its response, the record, the ruling. */
export function EscalationScreen() {
  const { escalationId } = useParams({ from: '/escalations/$escalationId' });
  const [{ data, error }, reload] = useQuery({ query: ESCALATION, variables: { id: escalationId } });
  const zone = useCourtZone();
  const escalation = data?.escalation;

  if (error) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This dispute could not be loaded" role="alert">
          {error.graphQLErrors[0]?.message ?? 'Reload the page to try again.'}
        </Alert>
      </GridContainer>
    );
  }
  if (!escalation || !zone) {
    return (
      <GridContainer className="padding-y-4">
        <p aria-live="polite">Loading the dispute…</p>
      </GridContainer>
    );
  }
  return (
    <GridContainer className="padding-y-4">
      <h1>
        {escalation.caption}, No. {escalation.docketNumber}
      </h1>
      <p>
        {STATUS_WORDS[escalation.status]}. Taken to the court by {escalation.escalatingParty.name} on{' '}
        {spokenTime(escalation.escalatedAt, zone)}
        {escalation.status === 'AWAITING_POSITION' &&
          `; the other side’s part is due ${spokenDate(escalation.positionDueOn)}`}
        .
      </p>
      <PaperButton path={`/escalations/${escalation.id}/packet.pdf`} label="Read the joint letter (PDF)" />
      <h2>Positions</h2>
      {escalation.positions.map((p) => (
        <section key={p.party.id}>
          <h3>{p.party.name}</h3>
          <p>{p.text}</p>
          {p.compromise && <p>Final proposed compromise: {p.compromise}</p>}
        </section>
      ))}
      <Items escalation={escalation} />
      <PrivilegeLogEntries escalation={escalation} />
      {escalation.scans.length > 0 && (
        <section aria-labelledby="scans-heading">
          <h2 id="scans-heading">Papers that came by mail</h2>
          <p>A party not on Parley served these on paper; the other side typed them in from these scans.</p>
          <ul className="usa-list usa-list--unstyled">
            {escalation.scans.map((scan) => (
              <li key={scan.id} className="margin-bottom-1">
                <PaperButton
                  path={`/documents/${scan.id}`}
                  label={`Open the scan ${scan.filename}${scan.pages ? ` (${scan.pages} ${scan.pages === 1 ? 'page' : 'pages'})` : ''}`}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <Record escalation={escalation} zone={zone} />
      {escalation.ruling ? (
        <SummaryBox>
          <SummaryBoxHeading headingLevel="h2">
            Ruling: {OUTCOME_WORDS[escalation.ruling.outcome]}
          </SummaryBoxHeading>
          <SummaryBoxContent>
            <p>{escalation.ruling.orderText}</p>
            {escalation.ruling.complianceDueOn && (
              <p>
                {escalation.ruling.orderedParty?.name ?? 'The ordered party'} must comply by{' '}
                {spokenDate(escalation.ruling.complianceDueOn)}.
              </p>
            )}
            <p>
              Entered by {escalation.ruling.ruledBy}, {spokenTime(escalation.ruling.ruledAt, zone)}.
            </p>
          </SummaryBoxContent>
        </SummaryBox>
      ) : escalation.status === 'SUBMITTED' ? (
        <RulingForm escalationId={escalation.id} onRuled={() => reload({ requestPolicy: 'network-only' })} />
      ) : (
        <p>The court rules once the other side has added its part or its time has run.</p>
      )}
    </GridContainer>
  );
}
