import { Table } from '@trussworks/react-uswds';
import { spokenDate } from '../../components/dates';
import { AddHolidayForm } from './add-holiday-form';
import { CourtView, KIND_WORDS } from './court-queries';
import { RemoveHolidayButton } from './remove-holiday-button';

/** The court's own days off, besides the federal holidays every court keeps (FRCP 6(a)(6)(A)). */
export function CourtCalendar({ court }: { court: CourtView }) {
  const days = [...court.holidays].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-labelledby="calendar-heading" className="margin-top-4">
      <h2 id="calendar-heading">Calendar</h2>
      <p>
        Federal holidays count on every court. These are this court’s own days off. When a day is added or
        removed, Parley counts the open deadlines that run through it again and tells the parties.
      </p>
      {days.length === 0 ? (
        <p>The court has no days off of its own.</p>
      ) : (
        <Table fullWidth stackedStyle="default" caption="The court’s own days off, earliest first">
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
                <th scope="row" data-label="Day">
                  {spokenDate(day.date)}
                </th>
                <td data-label="Kind">{KIND_WORDS[day.kind]}</td>
                <td data-label="Where it comes from">{day.source}</td>
                <td data-label="Remove">
                  <RemoveHolidayButton courtId={court.id} date={day.date} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <AddHolidayForm courtId={court.id} />
    </section>
  );
}
