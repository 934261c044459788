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
  secondary = false,
  className,
  onDone,
}: {
  document: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  label: string;
  secondary?: boolean;
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
        outline={!secondary}
        className={className}
        disabled={fetching}
        onClick={() => void act()}
      >
        {label}
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
