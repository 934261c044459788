import { Link } from '@tanstack/react-router';

/** From the docket to the docket numbers that more than one Parley case claims. */
export function ConflictsLink() {
  return (
    <p>
      <Link to="/court/docket-conflicts">Docket numbers claimed by more than one case</Link>
    </p>
  );
}

/** From the docket to the intake of papers mailed to the court. */
export function IntakeLink() {
  return (
    <p>
      <Link to="/court/intake">Paper mailed to the court: record it</Link>
    </p>
  );
}
