import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { AnyVariables, TypedDocumentNode, useMutation } from 'urql';
import { refusalOf } from './refusal';

/**
 * One button that does one thing to one item (revoke a token, delete an endpoint), its label naming
 * the item so a list of them reads unambiguously, with the API's refusal right under it.
 */
export function MutationButton<Data, Variables extends AnyVariables>({
  document,
  variables,
  label,
  srLabel,
  secondary = false,
  unstyled = false,
  className,
  onDone,
}: {
  document: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  label: string;
  /** Read after the label by screen readers only, where the row around it already says which item it is. */
  srLabel?: string;
  secondary?: boolean;
  /** A link-like button, for a small action inside a table's cell. */
  unstyled?: boolean;
  className?: string;
  onDone: () => void;
}) {
  const [{ fetching }, run] = useMutation(document);
  const [problem, setProblem] = useState<ReturnType<typeof refusalOf> | null>(null);
  async function act() {
    const result = await run(variables);
    if (result.error) return setProblem(refusalOf(result.error));
    setProblem(null);
    onDone();
  }
  return (
    <>
      <Button
        type="button"
        secondary={secondary}
        outline={!secondary && !unstyled}
        unstyled={unstyled}
        className={className}
        disabled={fetching}
        onClick={() => void act()}
      >
        {label}
        {srLabel && <span className="usa-sr-only"> {srLabel}</span>}
      </Button>
      {problem && (
        <p className="usa-error-message" role="alert">
          {problem.message}
          {problem.rule ? ` (${problem.rule})` : ''}
        </p>
      )}
    </>
  );
}
