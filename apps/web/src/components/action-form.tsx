import { Alert, Button, Form } from '@trussworks/react-uswds';
import { FormEvent, ReactNode, useState } from 'react';
import { AnyVariables, CombinedError, TypedDocumentNode, useMutation } from 'urql';
import { refusalOf } from './refusal';

/**
 * One action as a small form under its own heading: its fields, one button that says what it does,
 * the API's refusal with its rule under it, and nothing typed lost when it is refused (the fields'
 * values belong to the caller). The answer goes to `onDone`: a secret shown once lives only there.
 */
export function ActionForm<Data, Variables extends AnyVariables>({
  id,
  heading,
  document,
  variables,
  button,
  children,
  onDone,
  level = 2,
}: {
  level?: 2 | 3;
  id: string;
  heading: string;
  document: TypedDocumentNode<Data, Variables>;
  variables: () => Variables;
  button: string;
  children?: ReactNode;
  onDone: (data: Data) => void;
}) {
  const [{ fetching }, run] = useMutation(document);
  const [problem, setProblem] = useState<ReturnType<typeof refusalOf> | null>(null);
  const Heading = level === 2 ? 'h2' : 'h3';
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await run(variables());
    if (result.error || !result.data) return setProblem(refusalOf(result.error as CombinedError));
    setProblem(null);
    onDone(result.data);
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-4">
      <Heading id={`${id}-heading`}>{heading}</Heading>
      {problem && (
        <Alert type="error" headingLevel={level === 2 ? 'h3' : 'h4'} heading="Not done" role="alert">
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
