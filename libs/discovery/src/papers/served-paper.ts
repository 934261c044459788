import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { ServiceMethod } from '@parley/deadlines';

/** One party on the certificate of service: how the paper reached it, and whom it reached. */
export interface ServiceRecipient {
  partyId: string;
  party: string;
  method: ServiceMethod;
  /** Members served electronically; empty when the party is served by mail at its address of record. */
  recipients: string[];
}

export interface PaperCaption {
  court: string;
  district: string;
  docketNumber: string;
  caseTitle: string;
  judge: string;
}

/** The caption of every paper in a case: court, docket number, title and judge. */
export function captionOf(
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

/** A paper exactly as served: what is hashed, and what is printed. */
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
  certificateOfService: ServiceRecipient[];
}

/** SHA-256 over the RFC 8785 canonical JSON of the paper: the same paper always gives the same hash. */
export function hashPaper(paper: ServedPaper): string {
  return createHash('sha256')
    .update(canonicalize(paper) as string)
    .digest('hex');
}
