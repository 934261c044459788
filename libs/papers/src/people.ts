/**
 * Who appears on a paper: the caption's parties, the signer and the people served. Plain data, fixed
 * when the paper is served, so the printed paper is the paper as served.
 */

export type Side = 'PLAINTIFF' | 'DEFENDANT' | 'THIRD_PARTY';

export interface CaptionParty {
  name: string;
  side: Side;
}

/** What a paper's caption shows (N.D. Cal. Civil L.R. 3-4(a)): the court once, parties, number, judge. */
export interface Caption {
  /** The court's full name: 'United States District Court for the Northern District of California'. */
  court: string;
  caseNumber: string;
  caseTitle: string;
  judge: string;
  parties: CaptionParty[];
}

/**
 * The signer's identification (N.D. Cal. Civil L.R. 3-4(a)(1); FRCP 11(a), 26(g)(1)): name, address,
 * telephone and email, and for whom; "pro se" where the party signs for itself.
 */
export interface Signer {
  name: string;
  /** '/s/ Dana Wu' (FRCP 5(d)(3)(C) form). */
  signature: string;
  proSe: boolean;
  party: string;
  side: Side;
  firm: string | null;
  barNumber: string | null;
  mailingAddress: string | null;
  telephone: string | null;
  email: string | null;
  /** In what capacity they sign when it is not for a party: 'Deputy Clerk' for the court's staff. */
  capacity?: string;
}

const SIDE_WORDS: Record<Side, string> = {
  PLAINTIFF: 'Plaintiff',
  DEFENDANT: 'Defendant',
  THIRD_PARTY: 'Third party',
};

export function sideWord(side: Side): string {
  return SIDE_WORDS[side];
}

/** 'Attorney for Defendant J. Brannon' or 'Plaintiff, pro se'. */
export function signerCapacity(signer: Signer): string {
  if (signer.capacity) return signer.capacity;
  return signer.proSe
    ? `${sideWord(signer.side)} ${signer.party}, pro se`
    : `Attorney for ${sideWord(signer.side)} ${signer.party}`;
}

/** The identification block at the top left of a pleading's first page. */
export function signerLines(signer: Signer): string[] {
  return [
    signer.barNumber ? `${signer.name} (State Bar No. ${signer.barNumber})` : signer.name,
    ...(signer.firm ? [signer.firm] : []),
    ...(signer.mailingAddress ? signer.mailingAddress.split('\n') : []),
    ...(signer.telephone ? [`Telephone: ${signer.telephone}`] : []),
    ...(signer.email ? [`Email: ${signer.email}`] : []),
    signerCapacity(signer),
  ];
}
