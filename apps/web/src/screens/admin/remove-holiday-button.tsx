import { spokenDate } from '../../components/dates';
import { MutationButton } from '../../components/mutation-button';
import { REMOVE_HOLIDAY } from './court-queries';

/** Takes one day off the calendar; the button names the day, so a screen reader's list of buttons is enough. */
export function RemoveHolidayButton({ courtId, date }: { courtId: string; date: string }) {
  return (
    <MutationButton
      document={REMOVE_HOLIDAY}
      variables={{ input: { courtId, date } }}
      label={`Remove ${spokenDate(date)}`}
      className="text-no-wrap"
      onDone={() => undefined}
    />
  );
}
