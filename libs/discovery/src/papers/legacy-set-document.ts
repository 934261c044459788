import { CaptionParty, PaperDocument, ServiceEntry, Side } from '@parley/papers';
import { DiscoveryKind } from '../discovery-enums';
import { ServedPaper } from './legacy-paper';
import { setPaperDocument } from './set-paper-document';

/**
 * A set served before papers were kept whole, printed with today's layout from exactly what was
 * hashed then: no address or signer's details that were not on the paper as served.
 */
export function legacySetDocument(
  paper: ServedPaper,
  sha256: string,
  parties: readonly CaptionParty[],
  facts: { responseDueOn: string; servingProSe: boolean },
): PaperDocument {
  const party = (name: string): CaptionParty => ({
    name,
    side: parties.find((p) => p.name === name)?.side ?? ('THIRD_PARTY' as Side),
  });
  const serving = party(paper.from);
  const entries: ServiceEntry[] = paper.certificateOfService.map((r) => ({
    party: r.party,
    side: party(r.party).side,
    method: r.method,
    people: r.recipients.map((name) => ({ name, email: null, address: null })),
  }));
  return setPaperDocument(
    {
      version: 2,
      caption: {
        court: paper.caption.court,
        caseNumber: paper.caption.docketNumber,
        caseTitle: paper.caption.caseTitle,
        judge: paper.caption.judge,
        parties: [...parties],
      },
      kind: paper.kind as DiscoveryKind,
      title: paper.title,
      servingParty: serving,
      respondingParty: party(paper.to),
      items: paper.body.map((b) => ({ number: b.number, text: b.text, subparts: b.subparts ?? 1 })),
      signer: {
        name: paper.service.signer,
        signature: paper.service.signature,
        proSe: facts.servingProSe,
        party: serving.name,
        side: serving.side,
        firm: null,
        barNumber: null,
        mailingAddress: null,
        telephone: null,
        email: null,
      },
      signedOn: paper.service.servedOn,
      servedAt: paper.service.servedAt,
      responseDueOn: facts.responseDueOn,
      service: { servedOn: paper.service.servedOn, deliveredOn: null, entries },
    },
    sha256,
  );
}
