import { ServiceMethod } from '@parley/deadlines';

/**
 * Papers as the first increment served them, before the paper itself was kept: rebuilt from the
 * stored rows only to check them against their hash and print them. Nothing new is served this way.
 */

/** One party on a legacy certificate of service: how, and the names of whom it reached. */
export interface LegacyServiceRecipient {
  partyId: string;
  party: string;
  method: ServiceMethod;
  recipients: string[];
}

/** The caption as the first increment hashed it. */
export interface PaperCaption {
  court: string;
  district: string;
  docketNumber: string;
  caseTitle: string;
  judge: string;
}

export function legacyCaptionOf(
  court: { name: string; district: string },
  theCase: { docketNumber: string; title: string; judge: string },
): PaperCaption {
  return {
    court: court.name,
    district: court.district,
    docketNumber: theCase.docketNumber,
    caseTitle: theCase.title,
    judge: theCase.judge,
  };
}

export interface ServedPaper {
  caption: PaperCaption;
  kind: string;
  title: string;
  from: string;
  to: string;
  body: Array<{ number: number; text: string; subparts?: number; response?: object }>;
  service: {
    servedAt: string;
    servedOn: string;
    method: ServiceMethod;
    deliveredAt: string | null;
    signature: string;
    signer: string;
  };
  certificateOfService: LegacyServiceRecipient[];
}

export interface LegacySetSource {
  set: {
    kind: string;
    title: string;
    servingPartyId: string;
    respondingPartyId: string;
    servedAt: Date;
    servedOn: string;
    serviceMethod: ServiceMethod;
    deliveredAt: Date | null;
    signature: string;
    certificateOfService: LegacyServiceRecipient[] | null;
  };
  items: ReadonlyArray<{ number: number; text: string; subparts: number }>;
  caption: PaperCaption;
  partyNames: ReadonlyMap<string, string>;
  signer: string;
}

/** A legacy set's paper, rebuilt exactly as it was hashed when served. */
export function legacySetPaper({ set, items, caption, partyNames, signer }: LegacySetSource): ServedPaper {
  return {
    caption,
    kind: set.kind,
    title: set.title,
    from: partyNames.get(set.servingPartyId) ?? '',
    to: partyNames.get(set.respondingPartyId) ?? '',
    body: items.map((i) => ({ number: i.number, text: i.text, subparts: i.subparts })),
    service: {
      servedAt: set.servedAt.toISOString(),
      servedOn: set.servedOn,
      method: set.serviceMethod,
      deliveredAt: set.deliveredAt?.toISOString() ?? null,
      signature: set.signature,
      signer,
    },
    certificateOfService: set.certificateOfService ?? [],
  };
}
