import { Table } from '@trussworks/react-uswds';
import { spokenDate } from '../../components/dates';
import { AddHolidayForm } from './add-holiday-form';
import { CourtView, KINDS } from './court-queries';
import { RemoveHolidayButton } from './remove-holiday-button';

/** The court's own days off, besides the federal holidays every court keeps (FRCP 6(a)(6)(A)). */
export function CourtCalendar({ court }: { court: CourtView }) {
  const days = [...court.holidays].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-labelledby="calendar-heading" className="margin-top-4">
      <h2 id="calendar-heading">Calendar</h2>
      <p>
        Federal holidays count on every court; below are the days off this court keeps besides them. When a
        day is added or removed, Parley counts the open deadlines that run through it again and tells the
        parties.
      </p>
      <AddHolidayForm courtId={court.id} />
      <h2>The court’s own days off</h2>
      {days.length === 0 ? (
        <p>The court has no days off of its own.</p>
      ) : (
        <Table fullWidth compact stackedStyle="default" caption="Earliest first">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Kind</th>
              <th scope="col">Where it comes from</th>
              <th scope="col">Remove</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row" data-label="Day" className="text-no-wrap">
                  {spokenDate(day.date)}
                </th>
                <td data-label="Kind">{KINDS[day.kind].name}</td>
                <td data-label="Where it comes from">{day.source}</td>
                <td data-label="Remove">
                  <RemoveHolidayButton courtId={court.id} date={day.date} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
