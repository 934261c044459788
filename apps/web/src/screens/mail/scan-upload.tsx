import { Alert, FileInput, Label } from '@trussworks/react-uswds';
import { ChangeEvent, useEffect, useState } from 'react';
import { useSession } from '../../session/session-context';

export interface UploadedScan {
  id: string;
  filename: string;
  pages: number | null;
}

type Body = { id?: string; filename?: string; pages?: number | null; errors?: Array<{ message: string }> };

/**
 * The scan of a paper that came by mail: chosen, shown (so the form beside it is typed from it), and sent
 * to POST /documents with its progress. It stays your party's alone until the paper is entered.
 */
export function ScanUpload({
  caseId,
  partyId,
  onUploaded,
}: {
  caseId: string;
  partyId: string;
  onUploaded: (scan: UploadedScan | null) => void;
}) {
  const { uploadWithSession } = useSession();
  const [preview, setPreview] = useState<{ url: string; pdf: boolean; name: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<UploadedScan | null>(null);

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setProblem(null);
    setDone(null);
    onUploaded(null);
    if (!file) return setPreview(null);
    setPreview({ url: URL.createObjectURL(file), pdf: file.type === 'application/pdf', name: file.name });
    // The fields before the file, so Parley decides who may upload before reading a byte of it.
    const form = new FormData();
    form.append('caseId', caseId);
    form.append('partyId', partyId);
    form.append('file', file, file.name);
    setProgress(0);
    try {
      const { status, body } = await uploadWithSession('/documents', form, setProgress);
      const answer = (body ?? {}) as Body;
      if (status !== 201 || !answer.id) {
        setProblem(answer.errors?.[0]?.message ?? 'The scan could not be kept. Try again.');
        return;
      }
      const scan = { id: answer.id, filename: answer.filename ?? file.name, pages: answer.pages ?? null };
      setDone(scan);
      onUploaded(scan);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="scan-heading">
      <h2 id="scan-heading">The scan</h2>
      <Label htmlFor="scan-file" hint=" (a PDF, PNG, JPEG or TIFF of the paper as it arrived)">
        Scan of the paper
      </Label>
      <FileInput
        id="scan-file"
        name="scan-file"
        accept="application/pdf,image/png,image/jpeg,image/tiff"
        onChange={(e) => void choose(e)}
      />
      {progress !== null && (
        <p>
          <label htmlFor="scan-progress">Sending the scan</label>{' '}
          <progress id="scan-progress" max={1} value={progress}>
            {Math.round(progress * 100)}%
          </progress>
        </p>
      )}
      {problem && (
        <Alert type="error" headingLevel="h3" heading="The scan was not kept" role="alert">
          {problem}
        </Alert>
      )}
      {done && (
        <p role="status">
          Kept: {done.filename}
          {done.pages ? `, ${done.pages} ${done.pages === 1 ? 'page' : 'pages'}` : ''}. Only your side sees it
          until the paper is entered.
        </p>
      )}
      {preview &&
        (preview.pdf ? (
          <iframe
            title={`The scan: ${preview.name}`}
            src={preview.url}
            className="width-full"
            style={{ height: '32rem', border: '1px solid #565c65' }}
          />
        ) : (
          <img src={preview.url} alt={`The scan: ${preview.name}`} className="width-full" />
        ))}
    </section>
  );
}
