import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { AnyVariables, TypedDocumentNode } from 'urql';
import { MutationButton } from './mutation-button';

/**
 * An action that cannot be undone, in two steps: the first click only asks, saying what follows;
 * the second does it (and shows the API's refusal if it is no longer allowed), or the reader keeps it.
 */
export function ConfirmedMutation<Data, Variables extends AnyVariables>({
  document,
  variables,
  ask,
  question,
  yes,
  keep,
  onDone = () => undefined,
}: {
  document: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  ask: string;
  question: string;
  yes: string;
  keep: string;
  onDone?: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="button" outline onClick={() => setAsking(true)}>
        {ask}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={question} className="margin-top-1">
      <p className="margin-y-1">{question}</p>
      <MutationButton
        document={document}
        variables={variables}
        label={yes}
        secondary
        onDone={() => {
          setAsking(false);
          onDone();
        }}
      />
      <Button type="button" unstyled className="margin-top-1" onClick={() => setAsking(false)}>
        {keep}
      </Button>
    </div>
  );
}
