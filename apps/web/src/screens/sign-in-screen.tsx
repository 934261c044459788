import { Alert, Button, Fieldset, Form, GridContainer, Label, TextInput } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { FormEvent, useState } from 'react';
import { useSession } from '../session/session-context';

/** Email and password; what went wrong is said plainly and nothing typed is lost. */
export function SignInForm({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(await signIn(email.trim(), password));
    setBusy(false);
  }

  return (
    <>
      {error && (
        <Alert
          type="error"
          headingLevel={headingLevel}
          heading="You are not signed in"
          className="margin-bottom-3"
          role="alert"
        >
          {error}
        </Alert>
      )}
      <Form onSubmit={submit} large>
        <Fieldset legend="Your account">
          <Label htmlFor="email">Email address</Label>
          <TextInput
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Label htmlFor="password">Password</Label>
          <TextInput
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <Button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </Fieldset>
      </Form>
    </>
  );
}

export function SignInScreen() {
  return (
    <GridContainer className="padding-y-4">
      <h1>Sign in to Parley</h1>
      <p className="usa-intro">
        Serve and answer discovery, confer, and take to the court only what you could not resolve.
      </p>
      <SignInForm />
      <p>
        New to Parley? <Link to="/register">Create an account</Link>.
      </p>
    </GridContainer>
  );
}
