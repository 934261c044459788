import { Table } from '@trussworks/react-uswds';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { spokenDate } from '../../components/dates';
import { CASE_PRODUCTIONS, plural, ProductionLine } from './production-queries';

function status(p: ProductionLine) {
  if (p.status === 'DRAFT') return 'Draft, not served';
  const open = p.clawbacks.filter((c) => !c.outcome).length;
  const served = `Served ${p.servedOn ? spokenDate(p.servedOn) : ''}`.trim();
  if (p.clawbacks.length === 0) return served;
  return `${served}; ${plural(p.clawbacks.length, 'clawback')}${open ? `, ${open} not answered` : ''}`;
}

/** The case's productions (drafts only to their own side), newest first: a line each, to open. */
export function CaseProductions({ caseId, setId }: { caseId: string; setId?: string }) {
  const [{ data, error }] = useQuery({ query: CASE_PRODUCTIONS, variables: { caseId } });
  const productions = data?.productions.filter((p) => !setId || p.setId === setId);
  return (
    <section aria-labelledby="productions-heading" className="margin-top-4">
      <h2 id="productions-heading">Documents produced</h2>
      {error && <p>The productions could not be loaded. Reload the page to try again.</p>}
      {!productions && !error && <p aria-live="polite">Loading the productions…</p>}
      {productions && productions.length === 0 && <p>No documents have been produced yet.</p>}
      {productions && productions.length > 0 && (
        <Table fullWidth stackedStyle="default" caption="Productions, newest first">
          <thead>
            <tr>
              <th scope="col">Production</th>
              {!setId && <th scope="col">Answering</th>}
              <th scope="col">From → to</th>
              <th scope="col">Bates numbers</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {productions.map((p) => (
              <tr key={p.id}>
                <th scope="row" data-label="Production">
                  <Link to="/productions/$productionId" params={{ productionId: p.id }}>
                    {p.status === 'DRAFT' ? 'Draft production' : `Volume ${p.volume}`}
                  </Link>
                </th>
                {!setId && <td data-label="Answering">{p.setTitle}</td>}
                <td data-label="From → to">
                  {p.producingParty.name} → {p.receivingParty.name}
                </td>
                <td data-label="Bates numbers">
                  {p.firstBates}–{p.lastBates}, {plural(p.pages, 'page')}
                  {p.status === 'DRAFT' ? ' (if served now)' : ''}
                </td>
                <td data-label="Status">{status(p)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
