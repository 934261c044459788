import { Label, Textarea, TextInput } from '@trussworks/react-uswds';

/**
 * A required text field with its visible label (and a hint after it): one line, or several when
 * `multiline`. Every form on Parley asks for text this way.
 */
export function Field({
  id,
  label,
  hint,
  value,
  onChange,
  multiline = false,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
}) {
  return (
    <>
      <Label htmlFor={id} hint={hint ? ` (${hint})` : undefined}>
        {label}
      </Label>
      {multiline ? (
        <Textarea id={id} name={id} required value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <TextInput
          id={id}
          name={id}
          type="text"
          required
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </>
  );
}
