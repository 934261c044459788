import { Alert } from '@trussworks/react-uswds';
import { useQuery } from 'urql';
import { refusalOf } from '../../components/refusal';
import { SIGNATURE_BLOCK } from './signature-queries';
import { SignatureForm } from './signature-form';

/** Your signature block: what identifies you on every paper you sign through Parley. */
export function SignatureBlock() {
  const [{ data, error }] = useQuery({ query: SIGNATURE_BLOCK });
  return (
    <section aria-labelledby="signature-heading" className="margin-top-4">
      <h2 id="signature-heading">Your signature block</h2>
      <p>
        Every paper you sign through Parley shows, under your signature, your name, mailing address and
        telephone, and for counsel the firm and State Bar number (N.D. Cal. Civil L.R. 3-4(a)(1)).
      </p>
      {error && (
        <Alert type="error" headingLevel="h3" heading="Your signature block could not be loaded" role="alert">
          {refusalOf(error).message}
        </Alert>
      )}
      {!data && !error && <p aria-live="polite">Loading your signature block…</p>}
      {data && <SignatureForm signer={data.me} />}
    </section>
  );
}
