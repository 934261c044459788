import { GridContainer } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { DocketConflicts } from './docket-conflicts';

/** Court staff: docket numbers of their court that more than one Parley case claims, to tell which is real. */
export function DocketConflictsScreen() {
  return (
    <GridContainer className="padding-y-4">
      <h1>Docket numbers claimed by more than one case</h1>
      <p>
        <Link to="/">Back to the docket</Link>
      </p>
      <DocketConflicts />
    </GridContainer>
  );
}
