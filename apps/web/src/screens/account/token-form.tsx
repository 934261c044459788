import { Checkbox, Fieldset, Label, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { Field } from '../../components/field';
import { ActionForm } from '../../components/action-form';
import { CREATE_API_TOKEN } from './account-queries';
import { SecretOnce } from '../../components/secret-once';

type Scope = 'READ' | 'WRITE';

/**
 * Empty means never. Text that is not a whole number is sent as typed rather than dropped, so the API
 * refuses it in its own words instead of the token quietly never expiring.
 */
function asDays(typed: string): number | null {
  const text = typed.trim();
  if (text === '') return null;
  return /^-?\d+$/.test(text) ? Number(text) : (text as unknown as number);
}

/** Create a personal API token; its secret is shown here once, then never again. */
export function TokenForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['READ', 'WRITE']);
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const toggle = (scope: Scope, on: boolean) =>
    setScopes((now) => (on ? [...now, scope] : now.filter((s) => s !== scope)));

  return (
    <>
      {/* Present before the secret arrives, so a screen reader announces it when it does. */}
      <div aria-live="polite">
        {created && (
          <SecretOnce
            heading={`Your new token “${created.name}”`}
            secret={created.token}
            onClose={() => setCreated(null)}
          />
        )}
      </div>
      <ActionForm
        level={3}
        id="new-token"
        heading="Create a token"
        document={CREATE_API_TOKEN}
        // Whatever was ticked and typed goes as it is: the API judges it and says what is wrong.
        variables={() => ({ input: { name, scopes, expiresInDays: asDays(days) } })}
        button="Create the token"
        onDone={(data) => {
          setCreated({ name: data.createApiToken.name, token: data.createApiToken.token ?? '' });
          setName('');
          setDays('');
          onCreated();
        }}
      >
        <Field
          id="token-name"
          label="What the token is for"
          hint="for example, Firm case-management sync"
          value={name}
          onChange={setName}
        />
        <Fieldset legend="What the token may do">
          <Checkbox
            id="token-scope-read"
            name="token-scope"
            label="Read: look things up"
            checked={scopes.includes('READ')}
            onChange={(e) => toggle('READ', e.target.checked)}
          />
          <Checkbox
            id="token-scope-write"
            name="token-scope"
            label="Write: make changes too"
            checked={scopes.includes('WRITE')}
            onChange={(e) => toggle('WRITE', e.target.checked)}
          />
        </Fieldset>
        <Label htmlFor="token-days" hint=" (optional; leave empty and it never expires)">
          Days until it stops working
        </Label>
        <TextInput
          id="token-days"
          name="token-days"
          type="text"
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
      </ActionForm>
    </>
  );
}
