import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useSession } from '../session/session-context';

/**
 * A PDF the API prints (a served paper, the joint letter), or another file it hands out (a production's
 * volume): fetched with the session's token, since a plain link cannot carry it, then handed to the
 * browser to open or save.
 */
export function PaperButton({
  path,
  label,
  filename = 'paper.pdf',
  failure = 'The paper could not be printed. Try again.',
}: {
  path: string;
  label: string;
  /** The name to save it under when the API names none. */
  filename?: string;
  /** What to say when the API refuses without saying why. */
  failure?: string;
}) {
  const { fetchWithSession } = useSession();
  const [problem, setProblem] = useState<string | null>(null);

  async function open() {
    setProblem(null);
    const response = await fetchWithSession(path);
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        errors?: Array<{ message: string }>;
      } | null;
      return setProblem(body?.errors?.[0]?.message ?? failure);
    }
    const name =
      /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? filename;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  return (
    <>
      <Button type="button" outline onClick={() => void open()}>
        {label}
      </Button>
      {problem && (
        <p className="usa-error-message" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
