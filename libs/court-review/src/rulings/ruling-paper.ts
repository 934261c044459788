import { Caption, formatDay, PaperDocument } from '@parley/papers';
import { OUTCOME_WORDS } from '../court-review-events';

export interface RulingPaperFacts {
  caption: Caption;
  escalatedOn: string;
  outcome: string;
  orderText: string;
  orderedParty: string | null;
  complianceDueOn: string | null;
  ruledOn: string;
  ruledBy: string;
}

/** The court's order on an escalated dispute, as a paper to mail to a party not on Parley. */
export function rulingPaperDocument(facts: RulingPaperFacts): PaperDocument {
  return {
    title: 'ORDER ON DISCOVERY DISPUTE',
    caption: facts.caption,
    filer: null,
    blocks: [
      {
        kind: 'paragraph',
        text: `The court has read the joint discovery letter of ${formatDay(facts.escalatedOn)} and the record of the parties’ efforts to confer. The request is ${OUTCOME_WORDS[facts.outcome] ?? facts.outcome}.`,
      },
      { kind: 'paragraph', text: facts.orderText },
      ...(facts.orderedParty && facts.complianceDueOn
        ? [
            {
              kind: 'paragraph' as const,
              text: `${facts.orderedParty} shall comply with this order by ${formatDay(facts.complianceDueOn)}.`,
            },
          ]
        : []),
      { kind: 'paragraph', text: 'IT IS SO ORDERED.' },
      {
        kind: 'signed',
        date: formatDay(facts.ruledOn),
        lines: [`/s/ ${facts.ruledBy}`, facts.ruledBy, 'For the Court'],
      },
    ],
    footer: null,
  };
}
