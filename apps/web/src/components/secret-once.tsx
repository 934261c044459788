import { Button } from '@trussworks/react-uswds';

// A secret or a URL is one long word: without this it pushes a phone's screen sideways.
const BREAK_ANYWHERE = { overflowWrap: 'anywhere' } as const;

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
  // Built from USWDS's alert classes rather than its Alert, whose text is a <p> that could not hold
  // the secret's block and the button. The alert's body is a flex column that would stretch the
  // button past a phone's edge, hence its own width.
  return (
    <div className="usa-alert usa-alert--warning margin-top-3">
      <div className="usa-alert__body">
        <h3 className="usa-alert__heading" style={BREAK_ANYWHERE}>
          {heading}
        </h3>
        <p className="usa-alert__text">
          Copy it now and keep it somewhere safe, such as a password manager.{' '}
          <strong>It will not be shown again.</strong>
        </p>
        <code
          className="display-block margin-y-2 padding-1 bg-white border-1px border-base-light"
          style={BREAK_ANYWHERE}
        >
          {secret}
        </code>
        <Button type="button" outline style={{ width: 'auto', alignSelf: 'flex-start' }} onClick={onClose}>
          I have copied it: hide it
        </Button>
      </div>
    </div>
  );
}
