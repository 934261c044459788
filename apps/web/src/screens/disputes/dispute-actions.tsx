import { Alert, Button, Form } from '@trussworks/react-uswds';
import { FormEvent, ReactNode, useState } from 'react';
import { AnyVariables, CombinedError, TypedDocumentNode, useMutation } from 'urql';
import { refusalOf } from '../../components/refusal';

/**
 * One action on a dispute as a small form: its fields, one button that says what it does, the API's
 * refusal with its rule under it, and nothing typed lost when it is refused.
 */
export function ActionForm<Data, Variables extends AnyVariables>({
  id,
  heading,
  document,
  variables,
  button,
  children,
  onDone,
}: {
  id: string;
  heading: string;
  document: TypedDocumentNode<Data, Variables>;
  variables: () => Variables;
  button: string;
  children: ReactNode;
  onDone: () => void;
}) {
  const [{ fetching }, run] = useMutation(document);
  const [problem, setProblem] = useState<ReturnType<typeof refusalOf> | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await run(variables());
    if (result.error) return setProblem(refusalOf(result.error as CombinedError));
    setProblem(null);
    onDone();
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-4">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {problem && (
        <Alert type="error" headingLevel="h3" heading="Not done" role="alert">
          {problem.message}
          {problem.rule ? ` (${problem.rule})` : ''}
        </Alert>
      )}
      <Form onSubmit={submit} large>
        {children}
        <Button type="submit" disabled={fetching}>
          {button}
        </Button>
      </Form>
    </section>
  );
}
