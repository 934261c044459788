/**
 * What the court gets, and all it gets (DOMAIN.md, "Certification and escalation"): fixed when the
 * dispute is escalated, so nothing else of the case can be reached from it.
 */
import type { PaperCaption } from '@parley/discovery';
import type { Caption } from '@parley/papers';

export interface EscalationPacket {
  /** The caption with the case's parties; packets fixed before papers named them hold the legacy shape. */
  caption: Caption | PaperCaption;
  parties: Array<{ id: string; name: string; side: string; role: 'ESCALATING' | 'OTHER' }>;
  /** Each disputed request in full, followed by the response and objections to it (Civil L.R. 37-2). */
  items: Array<{
    number: number;
    kind: string;
    setTitle: string;
    text: string;
    response: string | null;
    objections: string[];
    /** Interrogatory answers without the party's oath (FRCP 33(b)(3), (5)); absent on older packets. */
    unverified?: boolean;
  }>;
  conferrals: Array<{
    kind: string;
    mode: string;
    heldAt: string;
    durationMinutes: number | null;
    participants: string[];
    leadCounselParticipated: boolean | null;
    summary: string;
    agreed: string | null;
    stillDisputed: string | null;
    from: string;
    confirmation: string;
    /** Why the other side contests the record; absent on older packets. */
    contestReason?: string | null;
  }>;
  requests: Array<{ mode: string; requestedAt: string; from: string; message: string; status: string }>;
  conferralBasis: { basis: string; rule: string; explanation: string };
  certifications: Array<{
    party: string;
    statement: string;
    signature: string;
    signedBy: string;
    signedAt: string;
    /** Records were added or changed after it was signed, so it no longer vouches for them. */
    stale?: boolean;
  }>;
}

/** The packet's caption as papers print it, whichever shape it was fixed in. */
export function packetCaption(packet: EscalationPacket): Caption {
  const caption = packet.caption;
  if ('caseNumber' in caption) return caption;
  return {
    court: caption.court,
    caseNumber: caption.docketNumber,
    caseTitle: caption.caseTitle,
    judge: caption.judge,
    parties: packet.parties.map((p) => ({
      name: p.name,
      side: p.side as Caption['parties'][number]['side'],
    })),
  };
}
