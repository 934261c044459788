import { Link } from '@tanstack/react-router';
import { spokenDate } from '../../components/dates';
import { FILING_STATUS_WORDS, KIND_WORDS } from '../court/intake/intake-queries';
import { CaseData } from '../case/case-queries';

type CaseFilingList = NonNullable<CaseData['case']>['paperFilings'];

/**
 * Papers a party mailed to the court in this case, as its staff recorded them; a motion against your
 * side waits for your answer by its day.
 */
export function CaseFilings({ filings, mine }: { filings: CaseFilingList; mine: Set<string> }) {
  if (!filings.length) return null;
  return (
    <section aria-labelledby="case-filings-heading">
      <h2 id="case-filings-heading">Papers mailed to the court</h2>
      <ul className="usa-list">
        {filings.map((f) => (
          <li key={f.id}>
            <Link to="/filings/$filingId" params={{ filingId: f.id }}>
              {KIND_WORDS[f.kind]} from {f.fromParty.name}
            </Link>
            , received {spokenDate(f.receivedOn)}: {FILING_STATUS_WORDS[f.status]}
            {f.status === 'AWAITING_RESPONSE' && !mine.has(f.fromParty.id) && f.responseDueOn
              ? `; answer it by ${spokenDate(f.responseDueOn)}`
              : ''}
            {f.escalation ? '; before the court as the dispute’s joint letter' : ''}.
          </li>
        ))}
      </ul>
    </section>
  );
}
