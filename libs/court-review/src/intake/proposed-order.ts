import { spokenDate } from '@parley/rules';
import { FilingVerdict } from './paper-filing.entity';

/** Where the other side is served: its counsel (or itself) at the address Parley has on file. */
export interface ServiceAddress {
  party: string;
  /** "Dana Wu, Brannon Law LLP", or the party itself when nobody represents it. */
  servedOn: string;
  address: string | null;
}

export interface DiscoveryFiledFacts {
  filer: { name: string; side: string; incarcerated: boolean };
  /** The case's conferral policy: an exchange of letters counts (by default with a pro se prisoner). */
  lettersQualify: boolean;
  receivedOn: string;
  mailedOn: string;
  serveOn: ServiceAddress[];
  verdict: FilingVerdict;
}

/** What the record shows of each missing element, in the third person an order uses. */
const FOUND: Record<string, (others: string) => string> = {
  ITEM_NOT_SERVED: (others) => `the requests were never served on ${others}`,
  NO_QUALIFYING_CONFERRAL: () => 'the parties have not met and conferred about them',
  NO_CERTIFICATION: () => 'the papers do not certify that the parties met and conferred',
  CERTIFICATION_STALE: () => 'the certification does not cover the parties’ latest efforts',
  PAST_CUTOFF: () => 'they were mailed after the last day for discovery motions (Civil L.R. 37-3)',
  NO_ORDER_AFTER_CUTOFF: () =>
    'responses to some of the requests fell due after the discovery cut-off, and no order allows that (Civil L.R. 37-3)',
};

/** "that A, that B, and that C", or null when nothing is missing. */
function foundOnRecord(verdict: FilingVerdict, others: string): string | null {
  const facts = verdict.missing.flatMap((m) => (FOUND[m.code] ? [`that ${FOUND[m.code](others)}`] : []));
  if (!facts.length) return null;
  return facts.length === 1 ? facts[0] : `${facts.slice(0, -1).join(', ')}, and ${facts[facts.length - 1]}`;
}

const othersOf = (facts: DiscoveryFiledFacts) =>
  facts.serveOn.map((s) => s.party).join(' and ') || 'the other side';

/** How the parties may confer, as the case's conferral policy has it (Civil L.R. 1-5(n), 37-1). */
function conferSentence(facts: DiscoveryFiledFacts, filer: string): string {
  if (!facts.lettersQualify)
    return 'The parties must meet and confer in person, by video or by telephone; letters alone are not enough (Civil L.R. 1-5(n)).';
  return facts.filer.incarcerated
    ? `Because ${filer} is in custody, the parties may meet and confer by telephone or by an exchange of letters instead of in person.`
    : 'As this case allows, the parties may meet and confer by telephone or by an exchange of letters instead of in person.';
}

const sideWord = (side: string) =>
  side === 'PLAINTIFF' ? 'Plaintiff' : side === 'DEFENDANT' ? 'Defendant' : 'Third-party';

/**
 * The order on discovery papers mailed to the court, in the terms the seed's court used (Luckert v.
 * Brannon, N.D. Cal. C 13-4426): they are not filed (FRCP 5(d)(1)(A)) but served on the other side, at
 * the address Parley has; the court hears only disputes left after meeting and conferring in good
 * faith (FRCP 37(a)(1); Civil L.R. 37-1); a prisoner may confer by telephone or by letters.
 */
export function discoveryFiledOrder(facts: DiscoveryFiledFacts): string {
  const filer = `${sideWord(facts.filer.side)} ${facts.filer.name}`;
  const where = facts.serveOn
    .map((s) =>
      s.address
        ? `${s.servedOn}, for ${s.party}, at ${s.address.replace(/\s*\n\s*/g, ', ')}`
        : `${s.servedOn}, for ${s.party} (no address is on file: ask the clerk for it)`,
    )
    .join('; and ');
  const found = foundOnRecord(facts.verdict, othersOf(facts));
  const confer = conferSentence(facts, filer);
  return [
    `On ${spokenDate(facts.receivedOn)} the court received from ${filer} discovery papers mailed on ${spokenDate(facts.mailedOn)}. Discovery requests and responses are not filed with the court until they are used in the proceeding (Fed. R. Civ. P. 5(d)(1)(A)); they are exchanged between the parties. The court therefore takes no action on them, and the request for discovery is VACATED.`,
    `1. Discovery is served on the other parties, not on the court. If ${filer} wants these requests answered, ${filer} must serve them on ${where}.`,
    `2. The court hears only specific discovery disputes the parties could not resolve after meeting and conferring in good faith, and only with a certification that they did (Fed. R. Civ. P. 37(a)(1); Civil L.R. 37-1(a)).${found ? ` The case’s record shows ${found}.` : ''}`,
    `3. ${confer}`,
    'IT IS SO ORDERED.',
  ].join('\n\n');
}

const MOTION_WORDS: Record<string, string> = {
  MOTION_TO_COMPEL: 'a motion to compel discovery',
  OTHER_DISCOVERY_MOTION: 'a discovery motion',
};

/**
 * The order on a discovery motion mailed to the court, as the record stands: where the gate finds
 * elements missing, denied without prejudice with each in words and what to do (as the seed's order
 * did); otherwise before the court on its record, for the court to decide.
 */
export function motionOrder(facts: DiscoveryFiledFacts & { kind: string }): string {
  const filer = `${sideWord(facts.filer.side)} ${facts.filer.name}`;
  const what = MOTION_WORDS[facts.kind] ?? 'a discovery motion';
  const received = `On ${spokenDate(facts.receivedOn)} the court received from ${filer} ${what}, mailed on ${spokenDate(facts.mailedOn)}.`;
  if (facts.verdict.open) {
    return [
      received,
      'The record shows that the requests were served, that the parties met and conferred in good faith, and that the motion so certifies (Fed. R. Civ. P. 37(a)(1); Civil L.R. 37-1(a)). The motion is before the court on that record.',
      'IT IS SO ORDERED.',
    ].join('\n\n');
  }
  const confer = conferSentence(facts, filer);
  return [
    received,
    `The motion is DENIED without prejudice: the case’s record shows ${foundOnRecord(facts.verdict, othersOf(facts)) ?? 'that an element the court requires is missing'}. Before bringing it again: ${facts.verdict.missing.map((m) => m.explanation).join(' ')}`,
    `${confer} ${filer} may bring the motion again once every element above is met.`,
    'IT IS SO ORDERED.',
  ].join('\n\n');
}
