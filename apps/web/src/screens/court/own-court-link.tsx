import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { MY_COURT } from './court-queries';

/** From the docket to the staff member's own court: its calendar, settings and staff accounts. */
export function OwnCourtLink() {
  const [{ data }] = useQuery({ query: MY_COURT });
  const courtId = data?.me.courtId;
  if (!courtId) return null;
  return (
    <p>
      <Link to="/courts/$courtId" params={{ courtId }}>
        Your court’s calendar and staff
      </Link>
    </p>
  );
}
