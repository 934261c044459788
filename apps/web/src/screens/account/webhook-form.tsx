import { Label, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { Field } from '../../components/field';
import { ActionForm } from '../../components/action-form';
import { CREATE_WEBHOOK } from './account-queries';
import { SecretOnce } from '../../components/secret-once';

/** Register an address for your notices; its signing secret is shown here once. */
export function WebhookForm({ onCreated }: { onCreated: () => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  return (
    <>
      {/* Present before the secret arrives, so a screen reader announces it when it does. */}
      <div aria-live="polite">
        {created && (
          <SecretOnce
            heading={`The signing secret for ${created.url}`}
            secret={created.secret}
            onClose={() => setCreated(null)}
          />
        )}
      </div>
      <ActionForm
        level={3}
        id="new-webhook"
        heading="Add a webhook"
        document={CREATE_WEBHOOK}
        variables={() => ({ input: { url, description: description || null } })}
        button="Add the webhook"
        onDone={(data) => {
          setCreated({
            url: data.createWebhookEndpoint.url,
            secret: data.createWebhookEndpoint.secret ?? '',
          });
          setUrl('');
          setDescription('');
          onCreated();
        }}
      >
        <Field
          id="webhook-url"
          label="Address Parley posts your notices to"
          hint="for example, https://example.org/parley/webhook"
          value={url}
          onChange={setUrl}
        />
        <Label htmlFor="webhook-description" hint=" (optional)">
          Description
        </Label>
        <TextInput
          id="webhook-description"
          name="webhook-description"
          type="text"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </ActionForm>
    </>
  );
}
