import { Label } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActionForm } from '../../components/action-form';
import { spokenDate } from '../../components/dates';
import { PaperButton } from '../../components/paper-link';
import { COURT_MAILINGS, MAILINGS, MARK_MAILED, Mailing } from './mail-queries';

// Every kind the API mails, in words: a new kind fails the type check until it has its words.
const WHAT: Record<Mailing['paperKind'], string> = {
  DISCOVERY_SET: 'Discovery requests',
  DISCOVERY_RESPONSE: 'Responses',
  LETTER: 'Letter',
  CONFERENCE_REQUEST: 'Request to confer',
  JOINT_LETTER: 'Joint discovery letter',
  RULING: 'Order',
  FILING_ORDER: 'The court’s order on papers mailed to it',
  PRODUCTION: 'Documents produced, on paper',
  PRIVILEGE_LOG: 'Privilege log',
  CLAWBACK_NOTICE: 'Notice of clawback',
};

/** One mailing: where it goes, its packet to print, and the day it went in the mail. */
function MailingRow({ mailing, today }: { mailing: Mailing; today: string }) {
  const [mailedOn, setMailedOn] = useState(today);
  const [done, setDone] = useState<string | null>(null);
  const to = mailing.partyName;
  return (
    <li className="margin-bottom-3">
      <p className="margin-bottom-1">
        <strong>{WHAT[mailing.paperKind]}:</strong> {mailing.paperTitle}, to {to}
        {mailing.dueOn ? `; answer due ${spokenDate(mailing.dueOn)}` : ''}.
      </p>
      <p className="margin-y-1 text-pre-line">{mailing.address}</p>
      <PaperButton path={`/mailings/${mailing.id}/packet.pdf`} label={`Print the packet for ${to}`} />
      {mailing.mailedOn ? (
        <p className="margin-top-1">Mailed {spokenDate(mailing.mailedOn)}.</p>
      ) : (
        <ActionForm
          level={3}
          id={`mail-${mailing.id}`}
          heading={`Not mailed yet: ${mailing.paperTitle}`}
          document={MARK_MAILED}
          variables={() => ({ input: { mailingId: mailing.id, mailedOn } })}
          button="Mark it mailed"
          onDone={(data) =>
            setDone(
              `Marked mailed ${spokenDate(data.markMailed.mailedOn ?? mailedOn)}; the certificate of service carries that day.`,
            )
          }
        >
          <Label htmlFor={`mail-${mailing.id}-day`}>The day it went in the mail</Label>
          <input
            id={`mail-${mailing.id}-day`}
            name={`mail-${mailing.id}-day`}
            className="usa-input"
            type="date"
            required
            value={mailedOn}
            onChange={(e) => setMailedOn(e.target.value)}
          />
        </ActionForm>
      )}
      {done && (
        <p role="status" className="margin-top-1">
          {done}
        </p>
      )}
    </li>
  );
}

/** The papers waiting for the envelope, each with its packet, a reminder until marked mailed. */
function MailingList({
  mailings,
  today,
  none,
}: {
  mailings: readonly Mailing[];
  today: string;
  none: string;
}) {
  const waiting = mailings.filter((m) => !m.mailedOn).length;
  return (
    <section aria-labelledby="mailings-heading" className="margin-top-4">
      <h2 id="mailings-heading">Papers to mail</h2>
      {mailings.length === 0 ? (
        <p>{none}</p>
      ) : (
        <>
          <p>
            {waiting
              ? `${waiting} of ${mailings.length} not mailed yet: print each packet, mail it, and mark the day.`
              : 'Everything has been mailed.'}
          </p>
          <ul className="usa-list usa-list--unstyled">
            {mailings.map((m) => (
              <MailingRow key={m.id} mailing={m} today={today} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What the reader's party must print and mail to parties nobody represents on Parley, in one case. */
export function Mailings({ caseId, today }: { caseId: string; today: string }) {
  const [{ data }] = useQuery({ query: MAILINGS, variables: { caseId } });
  return <MailingList mailings={data?.mailings ?? []} today={today} none="Nothing for your side to mail." />;
}

/** What the court must print and mail: its orders to parties not on Parley. */
export function CourtMailings({ today }: { today: string }) {
  const [{ data }] = useQuery({ query: COURT_MAILINGS });
  return (
    <MailingList mailings={data?.courtMailings ?? []} today={today} none="No orders wait to be mailed." />
  );
}
