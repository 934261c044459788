import { Alert, Button } from '@trussworks/react-uswds';
import { spokenTime } from '../../components/dates';
import { DocketClaim, DocketConflict } from './conflict-queries';
import { useCourtZone } from './use-court-zone';
import { useDocketConflicts } from './use-docket-conflicts';

const SIDE_WORDS: Record<DocketClaim['parties'][number]['side'], string> = {
  PLAINTIFF: 'plaintiff',
  DEFENDANT: 'defendant',
  THIRD_PARTY: 'third party',
};

/** One claim as a public docket would read it: the caption, when it was claimed, and who is in it. */
function Claim({ claim, zone }: { claim: DocketClaim; zone: string }) {
  const parties = claim.parties
    .map(
      (p) =>
        `${p.name} (${SIDE_WORDS[p.side]}, ${p.onParley ? 'represented on Parley' : 'nobody on Parley'})`,
    )
    .join('; ');
  return (
    <li className="margin-bottom-1">
      <strong>{claim.title}</strong>, claimed on Parley {spokenTime(claim.claimedAt, zone)}. Parties:{' '}
      {parties}.
    </li>
  );
}

function Conflict({ conflict, zone }: { conflict: DocketConflict; zone: string }) {
  return (
    <li className="border-top-1px border-base-lighter padding-y-2">
      <h2 className="margin-bottom-1" style={{ overflowWrap: 'anywhere' }}>
        No. {conflict.docketNumber}
      </h2>
      <p className="margin-y-1">
        {conflict.claims.length} Parley cases claim this docket number, the oldest first:
      </p>
      <ol className="usa-list">
        {conflict.claims.map((claim) => (
          <Claim key={claim.caseId} claim={claim} zone={zone} />
        ))}
      </ol>
    </li>
  );
}

/** The conflicts, a page at a time, or in words that there are none. */
export function DocketConflicts() {
  const { rows, more, problem, fetching, showMore } = useDocketConflicts();
  const zone = useCourtZone();
  return (
    <>
      {problem && (
        <Alert type="error" headingLevel="h2" heading="The docket conflicts could not be loaded" role="alert">
          {problem}
        </Alert>
      )}
      {(!rows || !zone) && !problem && <p aria-live="polite">Loading the docket conflicts…</p>}
      {rows && zone && rows.length === 0 && <p>No docket number is claimed by more than one case.</p>}
      {rows && zone && rows.length > 0 && (
        <ul className="usa-list usa-list--unstyled">
          {rows.map((conflict) => (
            <Conflict key={conflict.docketNumber} conflict={conflict} zone={zone} />
          ))}
        </ul>
      )}
      {more && (
        <Button type="button" outline disabled={fetching} onClick={showMore}>
          {fetching ? 'Loading more…' : 'Show more docket numbers'}
        </Button>
      )}
    </>
  );
}
