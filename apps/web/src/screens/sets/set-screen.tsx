import { Alert, GridContainer } from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useQuery } from 'urql';
import { spokenDate } from '../../components/dates';
import { refusalOf } from '../../components/refusal';
import { KIND_WORDS, SET_STATUS_WORDS } from '../case/case-queries';
import { CaseProductions } from '../productions/case-productions';
import { MY_SIDE, plural } from '../productions/production-queries';
import { SET_VIEW, SetView } from './set-queries';

type Production = SetView['items'][number]['production'];

/** "Produced: DEF0000001–DEF0000003 (volume DEF001)" and "Withheld: 1 log entry", as the API counts them. */
function ProducedLine({ setId, production }: { setId: string; production: Production }) {
  return (
    <>
      <p className="margin-y-05">
        <strong>Produced:</strong>{' '}
        {production.ranges.length === 0
          ? 'nothing yet'
          : production.ranges.map((r, i) => (
              <Fragment key={`${r.productionId}-${r.batesRange}`}>
                {i > 0 && '; '}
                <Link to="/productions/$productionId" params={{ productionId: r.productionId }}>
                  {r.batesRange}
                  {r.volume ? ` (volume ${r.volume})` : ''}
                </Link>
              </Fragment>
            ))}
        {production.ranges.length > 0 && `, ${plural(production.pages, 'page')}`}
      </p>
      {production.withheld && (
        <p className="margin-y-05">
          <strong>Withheld:</strong>{' '}
          <Link to="/sets/$setId/privilege-log" params={{ setId }}>
            {plural(production.withheldEntries, 'log entry', 'log entries')}
          </Link>
        </p>
      )}
    </>
  );
}

/** One served set for either side: its requests; for a Rule 34 set, what was produced and withheld. */
export function SetScreen() {
  const { setId } = useParams({ from: '/sets/$setId' });
  const [{ data, error }] = useQuery({ query: SET_VIEW, variables: { id: setId } });
  const set = data?.discoverySet;
  const [{ data: side }] = useQuery({
    query: MY_SIDE,
    variables: { caseId: set?.caseId ?? '' },
    pause: !set,
  });

  if (error || (data && !set)) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This set could not be opened" role="alert">
          {error ? refusalOf(error).message : 'The set was not found.'}
        </Alert>
      </GridContainer>
    );
  }
  if (!set || !side) return <p className="grid-container padding-y-4">Loading…</p>;
  const mine = new Set(side.case?.myMemberships.map((m) => m.party.id));
  const responding = mine.has(set.respondingParty.id);
  const rule34 = set.kind === 'PRODUCTION';
  const open = ['SERVED', 'OVERDUE', 'RESPONDED'].includes(set.status);

  return (
    <GridContainer className="padding-y-4">
      <h1>{set.title}</h1>
      <p>
        {KIND_WORDS[set.kind]} from {set.servingParty.name} to {set.respondingParty.name}
        {set.servedOn ? `, served ${spokenDate(set.servedOn)}` : ''}. {SET_STATUS_WORDS[set.status]}
        {set.responseDueOn && ['SERVED', 'OVERDUE'].includes(set.status)
          ? `: responses due ${spokenDate(set.responseDueOn)}`
          : ''}
        .{' '}
        <Link to="/cases/$caseId" params={{ caseId: set.caseId }}>
          Back to the case
        </Link>
      </p>
      <div className="display-flex flex-wrap">
        {responding && ['SERVED', 'OVERDUE'].includes(set.status) && (
          <Link className="usa-button margin-bottom-1" to="/sets/$setId/answer" params={{ setId: set.id }}>
            Answer the requests
          </Link>
        )}
        {responding && rule34 && open && (
          <Link className="usa-button margin-bottom-1" to="/sets/$setId/produce" params={{ setId: set.id }}>
            Produce documents
          </Link>
        )}
        {rule34 && open && (
          <Link
            className="usa-button usa-button--outline margin-bottom-1"
            to="/sets/$setId/privilege-log"
            params={{ setId: set.id }}
          >
            {responding ? 'Keep the privilege log' : 'Read the privilege log'}
          </Link>
        )}
      </div>
      <h2>The requests</h2>
      <ol className="add-list-reset">
        {set.items.map((item) => (
          <li
            key={item.id}
            className="margin-bottom-3 border-bottom-1px border-base-lighter padding-bottom-2"
          >
            <h3 className="margin-bottom-05">No. {item.number}</h3>
            <p className="margin-top-0">{item.text}</p>
            {rule34 && set.status !== 'DRAFT' && <ProducedLine setId={set.id} production={item.production} />}
          </li>
        ))}
      </ol>
      {rule34 && <CaseProductions caseId={set.caseId} setId={set.id} />}
    </GridContainer>
  );
}
