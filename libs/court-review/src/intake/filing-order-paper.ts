import { Caption, formatDay, PaperDocument } from '@parley/papers';
import { PaperFilingKind } from '../court-review-enums';

export interface FilingOrderFacts {
  caption: Caption;
  kind: PaperFilingKind;
  orderText: string;
  orderedOn: string;
  orderedBy: string;
}

const TITLES: Record<PaperFilingKind, string> = {
  DISCOVERY_FILED_WITH_COURT: 'ORDER ON DISCOVERY PAPERS SENT TO THE COURT',
  MOTION_TO_COMPEL: 'ORDER ON MOTION TO COMPEL DISCOVERY',
  OTHER_DISCOVERY_MOTION: 'ORDER ON DISCOVERY MOTION',
};

/** The court's order on a paper mailed to it, as the paper mailed back to the filer. */
export function filingOrderDocument(facts: FilingOrderFacts): PaperDocument {
  // The order as entered, paragraph by paragraph; its own "IT IS SO ORDERED." is kept once.
  const paragraphs = facts.orderText
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && p !== 'IT IS SO ORDERED.');
  return {
    title: TITLES[facts.kind],
    caption: facts.caption,
    filer: null,
    blocks: [
      ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'paragraph', text: 'IT IS SO ORDERED.' },
      {
        kind: 'signed',
        date: formatDay(facts.orderedOn),
        lines: [`/s/ ${facts.orderedBy}`, facts.orderedBy, 'For the Court'],
      },
    ],
    footer: null,
  };
}

/** The order's title as a mailing names it. */
export const FILING_ORDER_TITLES: Record<PaperFilingKind, string> = {
  DISCOVERY_FILED_WITH_COURT: 'Order on Discovery Papers Sent to the Court',
  MOTION_TO_COMPEL: 'Order on Motion to Compel Discovery',
  OTHER_DISCOVERY_MOTION: 'Order on Discovery Motion',
};
