import { Block, formatDay, PaperDocument, sideWord } from '@parley/papers';
import { CalendarDate } from '@parley/platform';
import { CoverFacts } from './cover-facts';

/** Where a certificate not yet dated leaves the day for the pen. */
const BLANK_DAY = '____________________';

/**
 * The certificate of service for the mailing (FRCP 5(b)(2)(C), 5(d)(1)(B)): dated the day it was marked
 * mailed; before that, printed with the day blank, so the packet can be printed ahead and the day
 * written in at the mailbox.
 */
export function certificateByMail(
  facts: CoverFacts,
  days: { mailedOn: CalendarDate | null; servedOn: CalendarDate | null },
): PaperDocument {
  const { mailedOn, servedOn } = days;
  const day = mailedOn ? formatDay(mailedOn) : BLANK_DAY;
  // The paper's own certificate gives the day it was served; a later mailing is the day that counts.
  const later: Block[] =
    mailedOn && servedOn && mailedOn > servedOn
      ? [
          {
            kind: 'paragraph',
            text: `The paper’s own certificate gives ${formatDay(servedOn)}; it was mailed on ${formatDay(mailedOn)}, and time counts from the day it was mailed.`,
          },
        ]
      : [];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `I certify that on ${day}, I served the foregoing ${facts.title} on ${sideWord(facts.to.side)} ${facts.to.name} by placing a true copy in a sealed envelope, with first-class postage prepaid, in the United States mail (FRCP 5(b)(2)(C)), addressed as follows:`,
    },
    { kind: 'paragraph', indent: true, text: `${facts.to.name}\n${facts.to.address}` },
    { kind: 'paragraph', text: 'Service by mail is complete upon mailing (FRCP 5(b)(2)(C)).' },
    ...later,
    { kind: 'signature', date: day, signers: [facts.from] },
  ];
  return {
    title: 'CERTIFICATE OF SERVICE BY MAIL',
    caption: facts.caption,
    filer: null,
    blocks,
    footer: null,
  };
}
