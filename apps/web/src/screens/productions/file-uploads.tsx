import { Alert, FileInput, Label } from '@trussworks/react-uswds';
import { ChangeEvent, useState } from 'react';
import { useSession } from '../../session/session-context';
import type { BuilderFile } from './builder';

type Body = { id?: string; filename?: string; pages?: number | null; errors?: Array<{ message: string }> };

/**
 * Files added to the case for a production: each sent to POST /documents with its progress, kept as
 * your party's own (producing a file hands over its stamped copy, never the file itself).
 */
export function FileUploads({
  caseId,
  partyId,
  onUploaded,
}: {
  caseId: string;
  partyId: string;
  onUploaded: (file: BuilderFile) => void;
}) {
  const { uploadWithSession } = useSession();
  const [sending, setSending] = useState<{ name: string; progress: number } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [kept, setKept] = useState<string[]>([]);

  async function send(file: File): Promise<string | null> {
    // The fields before the file, so Parley decides who may upload before reading a byte of it.
    const form = new FormData();
    form.append('caseId', caseId);
    form.append('partyId', partyId);
    form.append('file', file, file.name);
    setSending({ name: file.name, progress: 0 });
    try {
      const { status, body } = await uploadWithSession('/documents', form, (progress) =>
        setSending({ name: file.name, progress }),
      );
      const answer = (body ?? {}) as Body;
      if (status !== 201 || !answer.id) {
        return `${file.name}: ${answer.errors?.[0]?.message ?? 'the file could not be kept. Try again.'}`;
      }
      const filename = answer.filename ?? file.name;
      onUploaded({ id: answer.id, filename, pages: answer.pages ?? null, producedAs: null });
      setKept((k) => [...k, filename]);
      return null;
    } catch (error) {
      return `${file.name}: ${(error as Error).message}`;
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    setProblems([]);
    const refused: string[] = [];
    // One after another: the progress shown is the file being sent.
    for (const file of files) {
      const problem = await send(file);
      if (problem) refused.push(problem);
    }
    setSending(null);
    setProblems(refused);
  }

  return (
    <div className="margin-bottom-3">
      <Label
        htmlFor="production-files"
        hint=" (PDFs are stamped page by page; a picture goes behind a slip sheet)"
      >
        Add files to produce
      </Label>
      <FileInput
        id="production-files"
        name="production-files"
        multiple
        accept="application/pdf,image/png,image/jpeg,image/tiff"
        onChange={(e) => void choose(e)}
      />
      {sending && (
        <p>
          <label htmlFor="production-upload-progress">Sending {sending.name}</label>{' '}
          <progress id="production-upload-progress" max={1} value={sending.progress}>
            {Math.round(sending.progress * 100)}%
          </progress>
        </p>
      )}
      {problems.length > 0 && (
        <Alert type="error" headingLevel="h3" heading="Not every file was kept" role="alert">
          <ul className="usa-list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {kept.length > 0 && (
        <p role="status">
          Kept for your side only: {kept.join(', ')}. Say below which requests each answers.
        </p>
      )}
    </div>
  );
}
