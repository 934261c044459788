import { useQuery } from 'urql';
import { MY_COURT } from './court-queries';

/** The time zone of the signed-in staff member's court (every moment a clerk reads is on it). */
export function useCourtZone(): string | null {
  const [{ data }] = useQuery({ query: MY_COURT });
  if (!data) return null;
  return data.courts.find((c) => c.id === data.me.courtId)?.timeZone ?? 'UTC';
}
