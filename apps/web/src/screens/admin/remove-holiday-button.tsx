import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { CombinedError, useMutation } from 'urql';
import { spokenDate } from '../../components/dates';
import { refusalOf } from '../../components/refusal';
import { REMOVE_HOLIDAY } from './court-queries';

/** Takes one day off the calendar; the button names the day, so a screen reader's list of buttons is enough. */
export function RemoveHolidayButton({ courtId, date }: { courtId: string; date: string }) {
  const [{ fetching }, remove] = useMutation(REMOVE_HOLIDAY);
  const [problem, setProblem] = useState<ReturnType<typeof refusalOf> | null>(null);

  async function run() {
    const result = await remove({ input: { courtId, date } });
    setProblem(result.error ? refusalOf(result.error as CombinedError) : null);
  }

  return (
    <>
      <Button type="button" outline className="text-no-wrap" disabled={fetching} onClick={() => void run()}>
        Remove {spokenDate(date)}
      </Button>
      {problem && (
        <p className="usa-error-message" role="alert">
          {problem.message}
          {problem.rule ? ` (${problem.rule})` : ''}
        </p>
      )}
    </>
  );
}
