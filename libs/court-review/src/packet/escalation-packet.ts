/**
 * What the court gets, and all it gets (DOMAIN.md, "Certification and escalation"): fixed when the
 * dispute is escalated, so nothing else of the case can be reached from it.
 */
import type { PaperCaption } from '@parley/discovery';

export interface EscalationPacket {
  caption: PaperCaption;
  parties: Array<{ id: string; name: string; side: string; role: 'ESCALATING' | 'OTHER' }>;
  /** Each disputed request in full, followed by the response and objections to it (Civil L.R. 37-2). */
  items: Array<{
    number: number;
    kind: string;
    setTitle: string;
    text: string;
    response: string | null;
    objections: string[];
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
  }>;
  requests: Array<{ mode: string; requestedAt: string; from: string; message: string; status: string }>;
  conferralBasis: { basis: string; rule: string; explanation: string };
  certifications: Array<{
    party: string;
    statement: string;
    signature: string;
    signedBy: string;
    signedAt: string;
  }>;
}
