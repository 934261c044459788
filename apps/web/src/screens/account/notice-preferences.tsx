import { Alert, Checkbox } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useQuery } from 'urql';
import { refusalOf } from '../../components/refusal';
import { ActionForm } from '../../components/action-form';
import { NOTIFICATION_PREFERENCES, UPDATE_NOTIFICATION_PREFERENCES } from './account-queries';

/** Whether notices also go by email; the box shows what is saved until it is changed. */
export function NoticePreferences() {
  const [{ data, error }] = useQuery({ query: NOTIFICATION_PREFERENCES });
  const [email, setEmail] = useState<boolean | null>(null);
  const [saved, setSaved] = useState<boolean | null>(null);
  const checked = email ?? data?.notificationPreferences.email ?? false;
  return (
    <section aria-labelledby="notices-heading" className="margin-top-6">
      <h2 id="notices-heading">Notices</h2>
      {error && (
        <Alert type="error" headingLevel="h3" heading="Your preferences could not be loaded" role="alert">
          {refusalOf(error).message}
        </Alert>
      )}
      {!data && !error && <p aria-live="polite">Loading your preferences…</p>}
      {data && (
        <ActionForm
          level={3}
          id="notice-preferences"
          heading="How Parley tells you"
          document={UPDATE_NOTIFICATION_PREFERENCES}
          variables={() => ({ input: { email: checked } })}
          button="Save how I get notices"
          onDone={(answer) => setSaved(answer.updateNotificationPreferences.email)}
        >
          <p>Your notices always appear in Parley.</p>
          <Checkbox
            id="notices-email"
            name="notices-email"
            label="Also send my notices by email"
            checked={checked}
            onChange={(e) => {
              setEmail(e.target.checked);
              setSaved(null);
            }}
          />
        </ActionForm>
      )}
      <div aria-live="polite">
        {saved !== null && (
          <Alert type="success" headingLevel="h3" heading="Saved" slim className="margin-top-2">
            {saved
              ? 'Your notices will also be sent by email.'
              : 'Your notices will no longer be sent by email.'}
          </Alert>
        )}
      </div>
    </section>
  );
}
