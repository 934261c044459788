import { Caption, CaptionParty, ServiceRecord, Signer } from '@parley/papers';
import { DiscoveryKind } from '../discovery-enums';

/**
 * Papers as served, kept whole on the row they belong to: the printed paper is this record, and its
 * hash is the paper's hash. Names, addresses and signers are as they were on the day of service.
 */

export interface SetPaperRecord {
  version: 2;
  caption: Caption;
  kind: DiscoveryKind;
  /** The set's own title, as drafted: 'First Set of Interrogatories'. */
  title: string;
  servingParty: CaptionParty;
  respondingParty: CaptionParty;
  items: Array<{ number: number; text: string; subparts: number }>;
  signer: Signer;
  /** The court's day the signer signed and delivered it (for early Rule 34 requests, before service). */
  signedOn: string;
  servedAt: string;
  responseDueOn: string;
  /** Set only when the responses fall due after it (Civil L.R. 37-3), so the paper says so. */
  discoveryCutoffOn?: string;
  service: ServiceRecord;
}

/** The answering party's own oath on interrogatory answers (FRCP 33(b)(3), (5)). */
export interface Verification {
  /** Who swears: the party, or for an organisation its officer or agent (FRCP 33(b)(1)(B)). */
  signedBy: string;
  signature: string;
  /** The court's day it was given. */
  verifiedOn: string;
}

export interface ResponseItemRecord {
  number: number;
  request: string;
  answer: string | null;
  objections: string[];
  admission: string | null;
  production: string | null;
}

export interface ResponsePaperRecord {
  version: 2;
  caption: Caption;
  setKind: DiscoveryKind;
  /** The served set's paper title: "Plaintiff Luckert’s First Set of Interrogatories". */
  setPaperTitle: string;
  /** 1 for the response, 2, 3 … for supplements (FRCP 26(e)). */
  responseVersion: number;
  respondingParty: CaptionParty;
  servingParty: CaptionParty;
  items: ResponseItemRecord[];
  signer: Signer;
  signedOn: string;
  servedAt: string;
  verification: Verification | null;
  service: ServiceRecord;
}
