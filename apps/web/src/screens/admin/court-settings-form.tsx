import { Alert, Label, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { ActionForm } from '../../components/action-form';
import { CourtView, UPDATE_COURT } from './court-queries';

type Setting = 'conferralResponseDays' | 'positionResponseDays' | 'jointLetterPageLimit';

const SETTINGS: Array<{ key: Setting; label: string; hint: string }> = [
  {
    key: 'conferralResponseDays',
    label: 'Days to answer a request to confer',
    hint: 'how long the other side has to answer a request to meet and confer',
  },
  {
    key: 'positionResponseDays',
    label: 'Days to add a part to a joint letter',
    hint: 'how long the other side has to add its part of a joint discovery letter',
  },
  {
    key: 'jointLetterPageLimit',
    label: 'Pages in a joint letter',
    hint: 'the most pages a joint discovery letter may run to',
  },
];

const asText = (court: CourtView) =>
  Object.fromEntries(SETTINGS.map(({ key }) => [key, String(court[key])])) as Record<Setting, string>;

/**
 * The court's periods and page limit. Only what changed is sent, so a save never rewrites a setting
 * someone else changed meanwhile; the allowed values are the API's to enforce.
 */
export function CourtSettingsForm({ court }: { court: CourtView }) {
  const [values, setValues] = useState(() => asText(court));
  const [saved, setSaved] = useState(false);

  const changed = () =>
    Object.fromEntries(
      SETTINGS.filter(({ key }) => values[key].trim() !== String(court[key])).map(({ key }) => [
        key,
        Number(values[key]),
      ]),
    );

  return (
    <ActionForm
      id="court-settings"
      heading="Settings"
      document={UPDATE_COURT}
      variables={() => ({ input: { courtId: court.id, ...changed() } })}
      button="Save the settings"
      onDone={() => setSaved(true)}
    >
      <p>Changes count for periods that start after they are saved.</p>
      {SETTINGS.map(({ key, label, hint }) => (
        <div key={key}>
          <Label htmlFor={`setting-${key}`} hint={` (${hint})`}>
            {label}
          </Label>
          <TextInput
            id={`setting-${key}`}
            name={key}
            type="number"
            inputMode="numeric"
            required
            value={values[key]}
            onChange={(e) => {
              setSaved(false);
              setValues({ ...values, [key]: e.target.value });
            }}
          />
        </div>
      ))}
      {saved && (
        <Alert type="success" headingLevel="h3" heading="Settings saved" role="status">
          Periods that start from now on are counted with them.
        </Alert>
      )}
    </ActionForm>
  );
}
