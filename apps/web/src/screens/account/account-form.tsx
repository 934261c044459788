import { Alert, Button, Form } from '@trussworks/react-uswds';
import { FormEvent, ReactNode, useState } from 'react';
import { AnyVariables, TypedDocumentNode, useMutation } from 'urql';
import { refusalOf } from '../../components/refusal';

/**
 * One thing to do on the account as a small form under its own heading. Unlike the dispute's
 * ActionForm it hands the answer to `onDone`: a secret that is shown once lives only in that answer.
 * The fields' values belong to the caller, so a refusal leaves everything typed in place.
 */
export function AccountForm<Data, Variables extends AnyVariables>({
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
  onDone: (data: Data) => void;
}) {
  const [{ fetching }, run] = useMutation(document);
  const [problem, setProblem] = useState<ReturnType<typeof refusalOf> | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await run(variables());
    if (result.error || !result.data) return setProblem(refusalOf(result.error));
    setProblem(null);
    onDone(result.data);
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-3">
      <h3 id={`${id}-heading`}>{heading}</h3>
      {problem && (
        <Alert type="error" headingLevel="h4" heading="Not done" role="alert">
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
