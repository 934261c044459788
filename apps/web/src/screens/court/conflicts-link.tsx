import { Link } from '@tanstack/react-router';

/** From the docket to the docket numbers that more than one Parley case claims. */
export function ConflictsLink() {
  return (
    <p>
      <Link to="/court/docket-conflicts">Docket numbers claimed by more than one case</Link>
    </p>
  );
}
