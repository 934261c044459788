import { Alert, Table } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { PaperButton } from '../../components/paper-link';
import { useSession } from '../../session/session-context';
import { CONFIDENTIALITY_WORDS, plural, ProductionView } from './production-queries';

const range = (first: string, last: string) => (first === last ? first : `${first}–${last}`);

/** Per document: its numbers, pages, form, designation and the requests it answers; a draft's as a preview. */
export function NumberingTable({ production }: { production: ProductionView }) {
  const draft = production.status === 'DRAFT';
  return (
    <Table
      fullWidth
      stackedStyle="default"
      caption={
        draft
          ? 'Numbers if served now: a preview, given for good when the production is served'
          : 'Bates numbers as served'
      }
    >
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">{draft ? 'Numbers if served now' : 'Bates numbers'}</th>
          <th scope="col">Pages</th>
          <th scope="col">Form</th>
          <th scope="col">Designation</th>
          <th scope="col">Answers</th>
        </tr>
      </thead>
      <tbody>
        {production.documents.map((d) => (
          <tr key={d.documentId}>
            <th scope="row" data-label="Document">
              <span className="display-block" style={{ overflowWrap: 'anywhere' }}>
                {d.filename}
              </span>
              <span className="display-block font-body-3xs text-normal">Custodian: {d.custodian}</span>
              {d.sha256 && (
                <span
                  className="display-block font-mono-3xs text-normal"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  SHA-256 {d.sha256}
                </span>
              )}
            </th>
            <td data-label={draft ? 'Numbers if served now' : 'Bates numbers'}>
              {range(d.firstBates, d.lastBates)}
              {d.clawedBack && (
                <span className="display-block text-bold text-secondary-dark">Pages clawed back</span>
              )}
            </td>
            <td data-label="Pages">{d.pages}</td>
            <td data-label="Form">
              {d.native ? 'Native file, behind a numbered slip sheet' : 'PDF, each page stamped'}
              {d.reproduced && '; produced before, keeps its numbers'}
            </td>
            <td data-label="Designation">{CONFIDENTIALITY_WORDS[d.confidentiality]}</td>
            <td data-label="Answers">{d.requestNumbers.map((n) => `No. ${n}`).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * Whether the API hands this reader the volume: asked of the API itself (its refusal in its own words),
 * reading no more than the answer's headers when it would.
 */
function useVolumeRefusal(path: string, ask: boolean): { checked: boolean; refusal: string | null } {
  const { fetchWithSession } = useSession();
  const [answer, setAnswer] = useState<{ checked: boolean; refusal: string | null }>({
    checked: !ask,
    refusal: null,
  });
  useEffect(() => {
    if (!ask) return;
    const controller = new AbortController();
    void (async () => {
      try {
        const response = await fetchWithSession(path, controller.signal);
        if (response.ok) {
          controller.abort();
          return setAnswer({ checked: true, refusal: null });
        }
        const body = (await response.json().catch(() => null)) as {
          errors?: Array<{ message: string }>;
        } | null;
        setAnswer({ checked: true, refusal: body?.errors?.[0]?.message ?? 'The volume is not handed out.' });
      } catch {
        // Aborted on leaving the screen, or unreachable: the button stays, and says why on a click.
        setAnswer((a) => ({ ...a, checked: true }));
      }
    })();
    return () => controller.abort();
  }, [path, ask, fetchWithSession]);
  return answer;
}

/** A served production's volume: its name, the download with its SHA-256, and the load files to read. */
export function Volume({ production, receiving }: { production: ProductionView; receiving: boolean }) {
  const path = production.volumeUrl ?? '';
  // Clawed-back pages may stop the volume going to the receiving side: the API says whether they do.
  const { checked, refusal } = useVolumeRefusal(path, receiving && production.clawbacks.length > 0);
  return (
    <section aria-labelledby="volume-heading" className="margin-top-4">
      <h2 id="volume-heading">The volume, {production.volume}</h2>
      <p>
        {plural(production.documents.length, 'document')}, {plural(production.pages, 'page')},{' '}
        {range(production.firstBates, production.lastBates)}: the stamped pages, the native files, and load
        files for review software.
      </p>
      {!checked ? (
        <p aria-live="polite">Asking whether the volume can be downloaded…</p>
      ) : refusal ? (
        <Alert type="warning" headingLevel="h3" heading="Not downloadable">
          {refusal}
        </Alert>
      ) : (
        <>
          <PaperButton
            path={path}
            label="Download the volume (.zip)"
            filename={`${production.volume ?? 'volume'}.zip`}
            failure="The volume could not be downloaded. Try again."
          />
          {production.volumeSha256 && (
            <p className="font-mono-3xs" style={{ overflowWrap: 'anywhere' }}>
              <span className="font-body-xs">SHA-256 of the .zip, to check the download against: </span>
              {production.volumeSha256}
            </p>
          )}
        </>
      )}
      {production.loadFiles && (
        <details className="margin-top-2">
          <summary>The load files (Concordance DAT and Opticon OPT)</summary>
          <h3>DATA/{production.volume}.dat</h3>
          <pre
            tabIndex={0}
            role="region"
            aria-label={`${production.volume}.dat`}
            className="font-mono-3xs bg-base-lightest padding-1 overflow-x-auto"
          >
            {production.loadFiles.dat}
          </pre>
          <h3>IMAGES/{production.volume}.opt</h3>
          <pre
            tabIndex={0}
            role="region"
            aria-label={`${production.volume}.opt`}
            className="font-mono-3xs bg-base-lightest padding-1 overflow-x-auto"
          >
            {production.loadFiles.opt}
          </pre>
        </details>
      )}
    </section>
  );
}
