import { spokenDate } from '../../components/dates';
import { MutationButton } from '../../components/mutation-button';
import { MARK_DEADLINE_MET, PartyName } from './housekeeping-queries';

type Deadline = {
  id: string;
  kind: string;
  dueOn: string;
  status: 'OPEN' | 'MET' | 'MISSED' | 'CANCELLED';
  /** What is to be done, in plain words from the API. */
  todo: string;
  partyId: string;
};

const STATUS_WORDS: Record<Deadline['status'], string> = {
  OPEN: 'open',
  MET: 'done',
  MISSED: 'missed',
  CANCELLED: 'cancelled',
};

/** Kinds met outside Parley (complying with an order, supplementing as agreed): the party says so. */
const SELF_REPORTED = ['COMPLIANCE', 'AGREED_SUPPLEMENT'];

/**
 * Every deadline of the case, whoever's it is, soonest first as the API lists them. A party reports
 * one met that is done outside Parley; the API refuses a deadline that is not so met.
 */
export function CaseDeadlines({
  deadlines,
  parties,
  mine,
}: {
  deadlines: readonly Deadline[];
  parties: readonly PartyName[];
  mine: ReadonlySet<string>;
}) {
  const whose = (partyId: string) =>
    mine.has(partyId) ? 'You' : (parties.find((p) => p.id === partyId)?.name ?? 'Another party');
  return (
    <section aria-labelledby="deadlines-heading" className="margin-top-4">
      <h2 id="deadlines-heading">Deadlines of the case</h2>
      {deadlines.length === 0 ? (
        <p>Nothing is due.</p>
      ) : (
        <ul className="usa-list">
          {deadlines.map((d) => (
            <li key={d.id}>
              {whose(d.partyId)}: {d.todo}, by {spokenDate(d.dueOn)} ({STATUS_WORDS[d.status]})
              {d.status === 'OPEN' && mine.has(d.partyId) && SELF_REPORTED.includes(d.kind) && (
                <div className="margin-y-1">
                  <MutationButton
                    document={MARK_DEADLINE_MET}
                    variables={{ id: d.id }}
                    label={`Report that this is done: ${d.todo}`}
                    onDone={() => undefined}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
