import { Block, CaptionParty, sideWord } from '@parley/papers';
import { DiscoveryKind } from '../discovery-enums';

/** How papers say what the API codes: no enum name ever reaches a paper (DOMAIN.md, "Court-ready papers"). */

export const ITEM_LABEL: Record<DiscoveryKind, string> = {
  INTERROGATORIES: 'INTERROGATORY NO.',
  PRODUCTION: 'REQUEST FOR PRODUCTION NO.',
  ADMISSIONS: 'REQUEST FOR ADMISSION NO.',
};

/** FRCP 34(b)(2)(B)–(C): what will be produced, and whether anything is withheld. */
export const PRODUCTION_WORDS: Record<string, string> = {
  WILL_PRODUCE:
    'Responding party will produce all responsive documents in its possession, custody, or control; nothing is withheld.',
  PRODUCING_WITH_WITHHOLDING:
    'Responding party will produce responsive documents, but withholds material on the objections stated (FRCP 34(b)(2)(C)).',
  WITHHOLDING_ALL:
    'Responding party withholds every responsive document on the objections stated (FRCP 34(b)(2)(C)).',
  NONE_EXIST:
    'After a diligent search and reasonable inquiry, responding party has no responsive documents in its possession, custody, or control.',
};

/** FRCP 36(a)(4). */
export const ADMISSION_WORDS: Record<string, string> = {
  ADMIT: 'Admit.',
  DENY: 'Deny.',
  CANNOT_ADMIT_OR_DENY: 'Responding party cannot truthfully admit or deny this request (FRCP 36(a)(4)).',
};

/** "Plaintiff Luckert’s First Set of Interrogatories". */
export function paperTitle(party: CaptionParty, title: string): string {
  return `${sideWord(party.side)} ${party.name}’s ${title}`;
}

/** One response as the paper and the court's packet state it: objections first, then the answer. */
export function responseText(
  kind: DiscoveryKind,
  answer: {
    answer: string | null;
    objections: readonly string[];
    admission: string | null;
    production: string | null;
  },
): string {
  const lead =
    kind === DiscoveryKind.PRODUCTION && answer.production
      ? PRODUCTION_WORDS[answer.production]
      : kind === DiscoveryKind.ADMISSIONS && answer.admission
        ? ADMISSION_WORDS[answer.admission]
        : null;
  return [...answer.objections.map((o) => `Objection: ${o}`), lead, answer.answer].filter(Boolean).join('\n');
}

/** The first lines of a set or a response: who asks, who answers (in the order the paper's kind uses). */
export function partyLines(lines: Array<[label: string, party: CaptionParty]>): Block {
  return {
    kind: 'paragraph',
    text: lines.map(([label, party]) => `${label}: ${sideWord(party.side)} ${party.name}`).join('\n'),
  };
}
