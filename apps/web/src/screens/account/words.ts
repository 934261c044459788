import { spokenTime } from '../../components/dates';

/**
 * 'June 3, 2026, 5:30 PM PDT' on the reader's own clock: an account's events belong to no court, so
 * the browser's time zone is the one that means something to its owner.
 */
export function spokenMoment(instant: string): string {
  return spokenTime(instant, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** 'DEADLINE_MET' as 'Deadline met': the API's names for kinds and states, read aloud. */
export function spokenName(name: string): string {
  const words = name.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
