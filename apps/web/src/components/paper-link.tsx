import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useSession } from '../session/session-context';

/**
 * A PDF the API prints (a served paper, the joint letter): fetched with the session's token, since a
 * plain link cannot carry it, then handed to the browser to open or save.
 */
export function PaperButton({ path, label }: { path: string; label: string }) {
  const { fetchWithSession } = useSession();
  const [problem, setProblem] = useState<string | null>(null);

  async function open() {
    setProblem(null);
    const response = await fetchWithSession(path);
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        errors?: Array<{ message: string }>;
      } | null;
      return setProblem(body?.errors?.[0]?.message ?? 'The paper could not be printed. Try again.');
    }
    const name =
      /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'paper.pdf';
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
