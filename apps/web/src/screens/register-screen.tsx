import { Alert, Button, Fieldset, Form, GridContainer, Label, TextInput } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { FormEvent, useState } from 'react';
import { Field } from '../components/field';
import { useSession } from '../session/session-context';

const EMPTY = {
  name: '',
  email: '',
  password: '',
  telephone: '',
  mailingAddress: '',
  firm: '',
  barNumber: '',
};

/**
 * A new account: who you are as your papers will show it (Civil L.R. 3-4(a)(1)), then signed in. The
 * API judges the password and the rest; its words are shown and nothing typed is lost.
 */
export function RegisterForm({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const { register } = useSession();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm({ ...form, [key]: value });
  const optional = (value: string) => value.trim() || null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(
      await register({
        name: form.name.trim(),
        email: form.email.trim(),
        password: form.password,
        telephone: optional(form.telephone),
        mailingAddress: optional(form.mailingAddress),
        firm: optional(form.firm),
        barNumber: optional(form.barNumber),
      }),
    );
    setBusy(false);
  }

  return (
    <>
      {error && (
        <Alert type="error" headingLevel={headingLevel} heading="No account was created" role="alert">
          {error}
        </Alert>
      )}
      <Form onSubmit={submit} large>
        <Fieldset legend="About you">
          <Field
            id="register-name"
            label="Your full name, as you sign papers"
            value={form.name}
            onChange={set('name')}
          />
          <Label htmlFor="register-email">Your email address</Label>
          <TextInput
            id="register-email"
            name="register-email"
            type="email"
            autoComplete="username"
            required
            value={form.email}
            onChange={(e) => set('email')(e.target.value)}
          />
          <Label
            htmlFor="register-password"
            hint=" (at least 10 characters; a phrase of unrelated words works well)"
          >
            Choose a password
          </Label>
          <TextInput
            id="register-password"
            name="register-password"
            type="password"
            autoComplete="new-password"
            required
            value={form.password}
            onChange={(e) => set('password')(e.target.value)}
          />
          <Field
            multiline
            optional
            id="register-address"
            label="Your mailing address"
            hint="the lines under your name on an envelope; for a prisoner, inmate number and institution"
            value={form.mailingAddress}
            onChange={set('mailingAddress')}
          />
          <Field
            optional
            id="register-telephone"
            label="Telephone"
            value={form.telephone}
            onChange={set('telephone')}
          />
        </Fieldset>
        <Fieldset legend="If you are a lawyer">
          <Field optional id="register-firm" label="Firm" value={form.firm} onChange={set('firm')} />
          <Field
            optional
            id="register-bar"
            label="Bar number"
            value={form.barNumber}
            onChange={set('barNumber')}
          />
        </Fieldset>
        <Button type="submit" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create my account'}
        </Button>
      </Form>
    </>
  );
}

export function RegisterScreen() {
  return (
    <GridContainer className="padding-y-4">
      <h1>Create your Parley account</h1>
      <p className="usa-intro">
        You join a case with the invitation link you were given: create your account here, then open the link
        again (or open it first: it lets you create your account on the way).
      </p>
      <RegisterForm />
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </GridContainer>
  );
}
