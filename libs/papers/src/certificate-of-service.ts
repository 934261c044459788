import { formatDay } from './dates';
import { Block } from './paper-document';
import { Side, sideWord, Signer } from './people';

export type ServiceMethodName = 'ELECTRONIC' | 'MAIL' | 'HAND' | 'LEFT_WITH_CLERK' | 'OTHER_CONSENTED';

/** A person a paper went to, with the address used: electronic (FRCP 5(b)(2)(E)) or postal (5(b)(2)(C)). */
export interface ServedPerson {
  name: string;
  email: string | null;
  address: string | null;
}

/** One party served: how, and the people it went to (its attorney, when it has one: FRCP 5(b)(1)). */
export interface ServiceEntry {
  party: string;
  side: Side;
  method: ServiceMethodName;
  people: ServedPerson[];
}

export interface ServiceRecord {
  /** The day of service, in the court's zone. */
  servedOn: string;
  entries: ServiceEntry[];
  /** Early Rule 34 requests: the day they were delivered, before the Rule 26(f) conference. */
  deliveredOn: string | null;
}

const HOW: Record<ServiceMethodName, string> = {
  ELECTRONIC: 'by electronic means consented to in writing (FRCP 5(b)(2)(E)), sent to',
  MAIL: 'by first-class United States mail, postage prepaid (FRCP 5(b)(2)(C)), addressed to',
  HAND: 'by hand delivery (FRCP 5(b)(2)(A)–(B)) to',
  LEFT_WITH_CLERK: 'by leaving it with the clerk of court (FRCP 5(b)(2)(D)) for',
  OTHER_CONSENTED: 'by other means consented to in writing (FRCP 5(b)(2)(F)) to',
};

function whom(entry: ServiceEntry): string {
  const people = entry.people.length ? entry.people : [{ name: entry.party, email: null, address: null }];
  // Papers served before addresses were kept name no address; they say only what was certified then.
  const at = (p: ServedPerson) =>
    entry.method === 'MAIL'
      ? `${p.name}, ${p.address ? p.address.split('\n').join(', ') : 'at the last known address'}`
      : entry.method === 'ELECTRONIC' && p.email
        ? `${p.name} at ${p.email}`
        : p.name;
  return people.map(at).join('; and to ');
}

/** The certificate of service (FRCP 5(d)(1)(B)) as the last page of a served paper. */
export function certificateOfService(paperTitle: string, record: ServiceRecord, signer: Signer): Block[] {
  const served = formatDay(record.servedOn);
  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'title', text: 'CERTIFICATE OF SERVICE' },
    {
      kind: 'paragraph',
      // Early Rule 34 requests are delivered now and served later (FRCP 26(d)(2)): the certificate
      // states the day they were delivered, and never certifies a service that has not happened yet.
      text: record.deliveredOn
        ? `I certify that on ${formatDay(record.deliveredOn)}, I delivered the foregoing ${paperTitle} to each other party to this action (FRCP 26(d)(2)(A)), as follows:`
        : `I certify that on ${served}, I served the foregoing ${paperTitle} on each other party to this action (FRCP 5(a)(1)(C)), as follows:`,
    },
    {
      kind: 'list',
      items: record.entries.map((e) => `${sideWord(e.side)} ${e.party}: ${HOW[e.method]} ${whom(e)}.`),
    },
  ];
  // Early requests are served at the conference, whenever they were mailed (FRCP 26(d)(2)(B)).
  if (!record.deliveredOn && record.entries.some((e) => e.method === 'MAIL')) {
    blocks.push({ kind: 'paragraph', text: 'Service by mail is complete upon mailing (FRCP 5(b)(2)(C)).' });
  }
  if (record.deliveredOn) {
    blocks.push({
      kind: 'paragraph',
      text: `These requests were delivered on ${formatDay(record.deliveredOn)}, before the parties’ Rule 26(f) conference, and are considered served at that conference, on ${served} (FRCP 26(d)(2)(B)).`,
    });
  }
  blocks.push({
    kind: 'signature',
    date: formatDay(record.deliveredOn ?? record.servedOn),
    signers: [signer],
  });
  return blocks;
}
