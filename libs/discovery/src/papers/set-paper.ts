import { ServiceMethod } from '@parley/deadlines';
import { PaperCaption, ServedPaper, ServiceRecipient } from './served-paper';

export interface SetPaperSource {
  set: {
    kind: string;
    title: string;
    servingPartyId: string;
    respondingPartyId: string;
  };
  items: ReadonlyArray<{ number: number; text: string; subparts: number }>;
  caption: PaperCaption;
  partyNames: ReadonlyMap<string, string>;
  service: {
    servedAt: Date;
    servedOn: string;
    method: ServiceMethod;
    deliveredAt: Date | null;
    signature: string;
    signer: string;
    certificate: ServiceRecipient[];
  };
}

/** A set of requests as served: the same inputs always give the same paper, and so the same hash. */
export function setPaper({ set, items, caption, partyNames, service }: SetPaperSource): ServedPaper {
  return {
    caption,
    kind: set.kind,
    title: set.title,
    from: partyNames.get(set.servingPartyId) ?? '',
    to: partyNames.get(set.respondingPartyId) ?? '',
    body: items.map((i) => ({ number: i.number, text: i.text, subparts: i.subparts })),
    service: {
      servedAt: service.servedAt.toISOString(),
      servedOn: service.servedOn,
      method: service.method,
      deliveredAt: service.deliveredAt?.toISOString() ?? null,
      signature: service.signature,
      signer: service.signer,
    },
    certificateOfService: service.certificate,
  };
}
