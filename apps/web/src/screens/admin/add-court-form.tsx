import { useState } from 'react';
import { Field } from '../../components/field';
import { ActionForm } from '../../components/action-form';
import { CREATE_COURT } from './court-queries';

const EMPTY = { name: '', district: '', timeZone: '' };

/** A new court on Parley; its periods start at the API's defaults and are changed on the court's screen. */
export function AddCourtForm() {
  const [court, setCourt] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const set = (change: Partial<typeof EMPTY>) => setCourt({ ...court, ...change });

  return (
    <ActionForm
      id="add-court"
      heading="Add a court"
      document={CREATE_COURT}
      variables={() => ({ input: court })}
      button="Add the court"
      onDone={() => {
        setAdded(court.name);
        setCourt(EMPTY);
      }}
    >
      <Field
        id="court-name"
        label="Name of the court"
        hint="e.g. United States District Court for the District of Oregon"
        value={court.name}
        onChange={(name) => set({ name })}
      />
      <Field
        id="court-district"
        label="District, as cited"
        hint="e.g. D. Or."
        value={court.district}
        onChange={(district) => set({ district })}
      />
      <Field
        id="court-time-zone"
        label="Time zone"
        hint="where its deadlines end at midnight, e.g. America/Los_Angeles"
        value={court.timeZone}
        onChange={(timeZone) => set({ timeZone })}
      />
      {added && (
        <p role="status" className="margin-top-2">
          {added} is on Parley. Open it from the list to set its calendar and its first staff account.
        </p>
      )}
    </ActionForm>
  );
}
