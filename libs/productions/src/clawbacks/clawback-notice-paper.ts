import { Block, Caption, formatDay, PaperDocument, Signer } from '@parley/papers';

export interface ClawbackNoticeFacts {
  caption: Caption;
  producingParty: string;
  receivingParty: string;
  range: string;
  pages: number;
  volume: string;
  producedOn: string;
  basis: string;
  answerDueOn: string;
  signer: Signer;
  /** The day it was given. */
  signedOn: string;
}

export const CLAWBACK_NOTICE_TITLE = 'Notice of Clawback of Privileged Material';

/**
 * The notice FRCP 26(b)(5)(B) requires, as a paper for a party that gets it by mail: the pages, the
 * claim and its basis, and the receiving party's duties and right to challenge. The mailing's own
 * certificate of service by mail follows it, dated when it is mailed.
 */
export function clawbackNoticeDocument(f: ClawbackNoticeFacts): PaperDocument {
  const pages = f.pages === 1 ? 'the page' : `the ${f.pages} pages`;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Under Federal Rule of Civil Procedure 26(b)(5)(B) and Federal Rule of Evidence 502(b), ${f.producingParty} notifies ${f.receivingParty} that ${pages} Bates-numbered ${f.range}, produced in volume ${f.volume} on ${formatDay(f.producedOn)}, are subject to a claim of privilege or protection as trial-preparation material, and were produced inadvertently.`,
    },
    { kind: 'paragraph', text: `The claim and its basis: ${f.basis}` },
    {
      kind: 'paragraph',
      text: `${f.receivingParty} must promptly return, sequester or destroy ${pages} and any copies; must not use or disclose the information until the claim is resolved; and must take reasonable steps to retrieve the information if it was disclosed before this notice. ${f.receivingParty} may promptly present the information to the court under seal for a determination of the claim. ${f.producingParty} must preserve the information until the claim is resolved.`,
    },
    {
      kind: 'paragraph',
      text: `Please state in writing, by ${formatDay(f.answerDueOn)}, whether the pages were sequestered, returned or destroyed, or whether you challenge the claim.`,
    },
    { kind: 'signature', date: formatDay(f.signedOn), signers: [f.signer] },
  ];
  return {
    title: CLAWBACK_NOTICE_TITLE.toUpperCase(),
    caption: f.caption,
    filer: f.signer,
    blocks,
    footer: null,
  };
}
