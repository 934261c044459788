import { Label, Select } from '@trussworks/react-uswds';
import { useState } from 'react';
import { spokenDate } from '../../components/dates';
import { Field } from '../../components/field';
import { ActionForm } from '../../components/action-form';
import { ADD_HOLIDAY, HolidayKind, KINDS } from './court-queries';

/** A day off for the court: the day, what kind of day it is, and where it comes from. */
export function AddHolidayForm({ courtId }: { courtId: string }) {
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<HolidayKind>('DECLARED_HOLIDAY');
  const [source, setSource] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  return (
    <ActionForm
      id="add-holiday"
      heading="Add a day off"
      document={ADD_HOLIDAY}
      variables={() => ({ input: { courtId, date, kind, source } })}
      button="Add the day"
      onDone={() => {
        setAdded(date);
        setDate('');
        setSource('');
      }}
    >
      <Label htmlFor="holiday-date">Day</Label>
      <input
        id="holiday-date"
        name="holiday-date"
        className="usa-input"
        type="date"
        required
        value={date}
        onChange={(e) => {
          setAdded(null);
          setDate(e.target.value);
        }}
      />
      <Label htmlFor="holiday-kind" hint=" (what it moves)">
        Kind of day
      </Label>
      <Select
        id="holiday-kind"
        name="holiday-kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as HolidayKind)}
      >
        {(Object.keys(KINDS) as HolidayKind[]).map((k) => (
          <option key={k} value={k}>
            {KINDS[k].name}
          </option>
        ))}
      </Select>
      <ul className="usa-list font-body-xs">
        {(Object.keys(KINDS) as HolidayKind[]).map((k) => (
          <li key={k}>
            {KINDS[k].name}: moves {KINDS[k].moves}.
          </li>
        ))}
      </ul>
      <Field
        id="holiday-source"
        label="Where the day comes from"
        hint="a statute, an order or a notice, for the lawyers who check the count"
        value={source}
        onChange={setSource}
      />
      {added && (
        <p role="status" className="margin-top-2">
          {spokenDate(added)} is on the court’s calendar.
        </p>
      )}
    </ActionForm>
  );
}
