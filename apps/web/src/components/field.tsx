import { Label, Textarea, TextInput } from '@trussworks/react-uswds';

/**
 * A text field with its visible label (and a hint after it): one line, or several when `multiline`.
 * Required unless `optional`, which the label then says. Every form on Parley asks for text this way.
 */
export function Field({
  id,
  label,
  hint,
  value,
  onChange,
  multiline = false,
  optional = false,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  optional?: boolean;
}) {
  const hints = [hint, optional ? 'optional' : undefined].filter(Boolean).join('; ');
  return (
    <>
      <Label htmlFor={id} hint={hints ? ` (${hints})` : undefined}>
        {label}
      </Label>
      {multiline ? (
        <Textarea
          id={id}
          name={id}
          required={!optional}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <TextInput
          id={id}
          name={id}
          type="text"
          required={!optional}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </>
  );
}

/**
 * A date and time typed on the court's clock (`zone` names it in the label): conferences and the times
 * offered for them are the court's times, whatever the browser's zone.
 */
export function TimeField({
  id,
  label,
  zone,
  value,
  onChange,
  optional = false,
}: {
  id: string;
  label: string;
  zone: string;
  value: string;
  onChange: (value: string) => void;
  optional?: boolean;
}) {
  return (
    <>
      <Label htmlFor={id} hint={` (${zone} time${optional ? '; optional' : ''})`}>
        {label}
      </Label>
      <input
        className="usa-input"
        id={id}
        name={id}
        type="datetime-local"
        required={!optional}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
