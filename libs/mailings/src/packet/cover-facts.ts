import { Caption, Signer } from '@parley/papers';
import { MailingPaperKind } from '../mailing-enums';

/** A discovery set's kind, as the cover sheet explains it. */
export type SetKind = 'INTERROGATORIES' | 'PRODUCTION' | 'ADMISSIONS';

/**
 * What a mailing's cover sheet and certificate of service say, fixed when the paper was served or sent
 * (as the paper itself is): so the packet prints the same whenever it is printed, and a later change of
 * address is a new mailing, not a rewritten one.
 */
export interface CoverFacts {
  kind: MailingPaperKind;
  /** For a set: what kind of requests. */
  setKind: SetKind | null;
  /** The paper's title, as it is headed. */
  title: string;
  caption: Caption;
  /** The party it goes to, with the address used. */
  to: { name: string; side: Caption['parties'][number]['side']; address: string; incarcerated: boolean };
  /** Set when the paper is addressed to another party and this is the recipient's copy (FRCP 5(a)(1)(C)). */
  copyFor: string | null;
  /** Who sent it: their block is where an answer goes, and they sign the certificate. */
  from: Signer;
  /** Whether this case accepts an exchange of letters as conferral; null where the sender did not say. */
  lettersQualify: boolean | null;
  /** The court's zone: every date on the sheet is a day there. */
  timeZone: string;
}
