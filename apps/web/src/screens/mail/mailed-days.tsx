import { Label } from '@trussworks/react-uswds';

export interface MailedDaysValue {
  mailedOn: string;
  receivedOn: string;
}

/**
 * The two days of a paper that came by mail: the one time runs from (FRCP 5(b)(2)(C); for a prisoner,
 * the day handed to prison staff, Houston v. Lack), and the one it arrived.
 */
export function MailedDays({
  id,
  value,
  onChange,
  incarcerated,
}: {
  id: string;
  value: MailedDaysValue;
  onChange: (value: MailedDaysValue) => void;
  incarcerated: boolean;
}) {
  return (
    <>
      <Label
        htmlFor={`${id}-mailed`}
        hint={` (as its certificate of service or date says; time runs from this day${incarcerated ? ', Houston v. Lack' : ''})`}
      >
        {incarcerated ? 'Day handed to prison staff for mailing' : 'Day it was mailed'}
      </Label>
      <input
        id={`${id}-mailed`}
        name={`${id}-mailed`}
        className="usa-input"
        type="date"
        required
        value={value.mailedOn}
        onChange={(e) => onChange({ ...value, mailedOn: e.target.value })}
      />
      <Label htmlFor={`${id}-received`}>Day it arrived</Label>
      <input
        id={`${id}-received`}
        name={`${id}-received`}
        className="usa-input"
        type="date"
        required
        value={value.receivedOn}
        onChange={(e) => onChange({ ...value, receivedOn: e.target.value })}
      />
    </>
  );
}
