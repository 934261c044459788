import { Alert, Button } from '@trussworks/react-uswds';

/**
 * A secret the API hands over only in its answer to creating it: once this box is closed or the page
 * reloaded, nobody (Parley included) can show it again.
 */
export function SecretOnce({
  heading,
  secret,
  onClose,
}: {
  heading: string;
  secret: string;
  onClose: () => void;
}) {
  return (
    <Alert type="warning" headingLevel="h3" heading={heading} className="margin-top-3">
      <p className="margin-top-1">
        Copy it now and keep it somewhere safe, such as a password manager.{' '}
        <strong>It will not be shown again.</strong>
      </p>
      <p>
        <code className="display-block padding-1 bg-white border-1px border-base-light text-wrap">
          <span style={{ wordBreak: 'break-all' }}>{secret}</span>
        </code>
      </p>
      <Button type="button" outline onClick={onClose}>
        I have copied it: hide it
      </Button>
    </Alert>
  );
}
