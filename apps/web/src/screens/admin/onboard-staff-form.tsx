import { Alert } from '@trussworks/react-uswds';
import { useState } from 'react';
import { Field } from '../../components/field';
import { ActionForm } from '../../components/action-form';
import { CREATE_COURT_STAFF } from './court-queries';

const EMPTY = { name: '', email: '', password: '' };

/**
 * A new account for chambers or the clerk. Whoever opens it sets its first password and hands it over,
 * so the password is shown once after the account opens, then forgotten by this screen.
 */
export function OnboardStaffForm({ courtId, heading }: { courtId: string; heading: string }) {
  const [person, setPerson] = useState(EMPTY);
  const [opened, setOpened] = useState<typeof EMPTY | null>(null);
  const set = (change: Partial<typeof EMPTY>) => setPerson({ ...person, ...change });

  return (
    <ActionForm
      id="onboard-staff"
      heading={heading}
      document={CREATE_COURT_STAFF}
      variables={() => ({ input: { courtId, ...person } })}
      button="Open the account"
      onDone={() => {
        setOpened(person);
        setPerson(EMPTY);
      }}
    >
      {opened && (
        <Alert type="success" headingLevel="h3" heading={`Account opened for ${opened.name}`} role="status">
          {opened.name} signs in as <strong>{opened.email}</strong> with the password{' '}
          <strong className="font-mono-sm">{opened.password}</strong>. Give it to them yourself, by a safe
          way; Parley will not show it again.
        </Alert>
      )}
      <Field id="staff-name" label="Name" value={person.name} onChange={(name) => set({ name })} />
      <Field
        id="staff-email"
        label="Email address"
        hint="they sign in with it"
        value={person.email}
        onChange={(email) => set({ email })}
      />
      <Field
        id="staff-password"
        label="First password"
        hint="at least 10 characters; a phrase of unrelated words works well"
        value={person.password}
        onChange={(password) => set({ password })}
      />
    </ActionForm>
  );
}
