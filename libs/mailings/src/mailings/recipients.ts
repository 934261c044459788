import { ServiceMethodName, sideWord } from '@parley/papers';
import { MailRecipient } from './mailings.service';

/** A party as a paper's service sees it. */
interface Party {
  id: string;
  name: string;
  side: MailRecipient['side'];
  mailingAddress: string | null;
  incarcerated: boolean;
}

/** A party as a mailing's addressee: its name, side, address on file and whether it is in custody. */
export function mailRecipient(p: Party, copyFor: string | null = null): MailRecipient {
  return {
    partyId: p.id,
    name: p.name,
    side: p.side,
    address: p.mailingAddress,
    incarcerated: p.incarcerated,
    copyFor,
  };
}

/**
 * Who gets a paper by mail because nobody represents them on Parley: every other party (FRCP
 * 5(a)(1)(C)), the addressee by the method chosen (mailed only when it is MAIL), the rest a copy.
 */
export function recipientsByMail(
  parties: readonly Party[],
  onParley: (partyId: string) => boolean,
  paper: { senderId: string; addresseeId: string; method: ServiceMethodName },
): MailRecipient[] {
  const addressee = parties.find((p) => p.id === paper.addresseeId);
  return parties
    .filter((p) => p.id !== paper.senderId && !onParley(p.id))
    .filter((p) => p.id !== paper.addresseeId || paper.method === 'MAIL')
    .map((p) =>
      mailRecipient(
        p,
        p.id === paper.addresseeId || !addressee ? null : `${sideWord(addressee.side)} ${addressee.name}`,
      ),
    );
}
