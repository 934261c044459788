import { Alert, Button, GridContainer } from '@trussworks/react-uswds';
import { Link, useParams } from '@tanstack/react-router';
import { useMutation } from 'urql';
import { refusalOf } from '../components/refusal';
import { graphql } from '../graphql/graphql';
import { useSession } from '../session/session-context';
import { RegisterForm } from './register-screen';
import { SignInForm } from './sign-in-screen';

const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      role
      party {
        id
        name
      }
    }
  }
`);

const ROLE_WORDS = {
  COUNSEL: 'as its counsel',
  PARALEGAL: 'as a paralegal',
  PRO_SE: 'representing yourself (pro se)',
};

/**
 * Where an invitation link lands: sign in or create the account the invitation was sent to, then
 * join the party. Joining records consent to electronic service, so the page says so first.
 */
export function InvitationScreen() {
  const { token } = useParams({ from: '/invitations/$token' });
  const { state } = useSession();
  const [{ data, error, fetching }, accept] = useMutation(ACCEPT_INVITATION);
  const joined = data?.acceptInvitation;

  return (
    <GridContainer className="padding-y-4">
      <h1>You are invited to a case on Parley</h1>
      {state.status !== 'signedIn' && (
        <>
          <p className="usa-intro">
            Sign in, or create your account, with the email address the invitation was sent to.
          </p>
          <h2>I have an account</h2>
          <SignInForm headingLevel="h3" />
          <h2>I am new to Parley</h2>
          <RegisterForm headingLevel="h3" />
        </>
      )}
      {state.status === 'signedIn' && !joined && (
        <>
          {error && (
            <Alert type="error" headingLevel="h2" heading="You have not joined" role="alert">
              {refusalOf(error).message}
            </Alert>
          )}
          <p>
            Joining the party you were invited to means you agree to be served papers in this case through
            Parley, by email notice (FRCP 5(b)(2)(E)).
          </p>
          <Button type="button" disabled={fetching} onClick={() => void accept({ token })}>
            Join the case
          </Button>
        </>
      )}
      {joined && (
        <Alert type="success" headingLevel="h2" heading={`You joined the case for ${joined.party.name}`}>
          You joined {ROLE_WORDS[joined.role]}. <Link to="/">See what to do next</Link>.
        </Alert>
      )}
    </GridContainer>
  );
}
