import { Alert, GridContainer } from '@trussworks/react-uswds';
import { Navigate, useParams } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { refusalOf } from '../../components/refusal';
import { CLAWBACK } from './production-queries';

/** A clawback's deadline leads here: the production it is about, where it is answered. */
export function ClawbackScreen() {
  const { clawbackId } = useParams({ from: '/clawbacks/$clawbackId' });
  const [{ data, error }] = useQuery({ query: CLAWBACK, variables: { id: clawbackId } });
  if (error || (data && !data.clawback)) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="This clawback could not be opened" role="alert">
          {error ? refusalOf(error).message : 'The clawback was not found.'}
        </Alert>
      </GridContainer>
    );
  }
  if (!data?.clawback) return <p className="grid-container padding-y-4">Loading…</p>;
  return (
    <Navigate
      to="/productions/$productionId"
      params={{ productionId: data.clawback.productionId }}
      hash={`clawback-${data.clawback.id}-heading`}
      replace
    />
  );
}
