import { GridContainer } from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { PaperButton } from '../../../components/paper-link';
import { FilingNotFound, FilingFacts, FilingVerdict, OrderForm } from './filing-review';
import { PAPER_FILING } from './intake-queries';

/** One paper filed with the court, for its staff: the scan, what the record shows, and the order. */
export function FilingScreen() {
  const { filingId } = useParams({ from: '/court/filings/$filingId' });
  const [{ data, error }, refresh] = useQuery({ query: PAPER_FILING, variables: { id: filingId } });
  const filing = data?.paperFiling;
  if (error || (data && !filing)) return <FilingNotFound message={error?.graphQLErrors[0]?.message} />;
  if (!filing) return <p className="grid-container padding-y-4">Loading…</p>;
  return (
    <GridContainer className="padding-y-4">
      <h1>
        {filing.caption}, No. {filing.docketNumber}
      </h1>
      <p>
        <Link to="/court/intake">Back to the papers mailed to the court</Link>
      </p>
      <FilingFacts filing={filing} />
      <PaperButton path={`/documents/${filing.documentId}`} label="Download the scan" />
      <FilingVerdict filing={filing} />
      <OrderForm filing={filing} onEntered={() => refresh({ requestPolicy: 'network-only' })} />
    </GridContainer>
  );
}
