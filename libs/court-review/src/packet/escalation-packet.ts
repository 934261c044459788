/**
 * What the court gets, and all it gets (DOMAIN.md, "Certification and escalation"): fixed when the
 * dispute is escalated, so nothing else of the case can be reached from it. The one thing that still
 * changes is where the other side stands on each record, which it may confirm or contest until its
 * part of the joint letter is due (DOMAIN.md, "The gate, closed to gaming").
 *
 * Fields marked "since issue 12" are absent from packets fixed before it.
 */
import type { PaperCaption } from '@parley/discovery';
import type { Caption } from '@parley/papers';

/** Confirmed, unconfirmed or contested: what the other side said of a record it did not make. */
export type RecordStanding = 'CONFIRMED' | 'UNCONFIRMED' | 'CONTESTED';

export interface PacketAttempt {
  /** The request that became the attempt. */
  requestId: string;
  /** The party that asked to confer: the attempt is its own. */
  by: string;
  /** When the request became an attempt. */
  at: string;
  /** UNANSWERED, DECLINED, NOT_ATTENDED or NO_TIME_OFFERED. */
  how: string;
  /** What the other side did, in words (L.R. 37-1(b)). */
  otherSide: string;
  /** The other side's reason, where it contests the record that it did not attend. */
  contested: string | null;
}

/** A privilege log entry as the packet sets it out: its 26(b)(5)(A) description and its requests. */
export interface PacketLogEntry {
  number: number;
  producingParty: string;
  date: string;
  author: string;
  recipients: string[];
  documentType: string;
  subject: string;
  privilege: string;
  batesRange: string | null;
  /** "Request for Production No. 3: <its text>". */
  requests: string[];
}

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
    /** Since issue 12: responses fell due after the discovery cut-off (Civil L.R. 37-3). */
    dueAfterCutoff?: boolean;
  }>;
  /**
   * Since issue 17: the privilege log entries the dispute challenges (FRCP 26(b)(5)(A)), each with the
   * requests it withholds from.
   */
  privilegeLogEntries?: PacketLogEntry[];
  /** Conferences held and letters exchanged, oldest first (a recorded absence is with its request). */
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
    /** The stored state: PENDING, CONFIRMED, CONTESTED or NOT_NEEDED (letters). */
    confirmation: string;
    /** Since issue 12. */
    id?: string;
    recordedAt?: string;
    /** Since issue 12: letters, which Parley delivered, are confirmed. */
    standing?: RecordStanding;
    contestReason?: string | null;
    /** Since issue 12: when the other side confirmed or contested it. */
    answeredAt?: string | null;
    /**
     * Since issue 12: false for a record that does not count (held before the responses in dispute,
     * or before the court returned the dispute to confer).
     */
    counts?: boolean;
  }>;
  requests: Array<{
    mode: string;
    requestedAt: string;
    from: string;
    message: string;
    status: string;
    /** Since issue 12. */
    id?: string;
    proposedTimes?: string[];
    /** Since issue 12: the other side's last day to answer (the court's days, FRCP 6). */
    answerByOn?: string | null;
    answeredAt?: string | null;
    /** Since issue 12: answered after the time ran; the attempt already made stands. */
    answeredLate?: boolean;
    /** Since issue 12: the time accepted, or the times offered instead. */
    answerTimes?: string[];
    answerMessage?: string | null;
    /** Since issue 12: the requester's record that the other side did not attend. */
    noShow?: {
      id: string;
      scheduledFor: string;
      recordedAt: string;
      note: string;
      standing: RecordStanding;
      contestReason: string | null;
      answeredAt: string | null;
    } | null;
    /** Since issue 12: when and how it became its sender's attempt to confer, if it did. */
    attempt?: PacketAttempt | null;
    /** Since issue 12: false for a request before the court returned the dispute to confer. */
    counts?: boolean;
  }>;
  conferralBasis: {
    basis: string;
    rule: string;
    explanation: string;
    /** Since issue 12: the escalating party, whose conferral or attempt this is. */
    movant?: string;
    /** Since issue 12: the escalating party's own attempt relied on, where the basis is an attempt. */
    attempt?: PacketAttempt | null;
    /** Since issue 12: when the court last returned the dispute to confer, if it did. */
    returnedToConferAt?: string | null;
  };
  certifications: Array<{
    party: string;
    statement: string;
    signature: string;
    signedBy: string;
    signedAt: string;
    /** Since issue 12: the records it vouches for (those that existed when it was signed). */
    recordIds?: string[];
    /** Since issue 12: whether it still stood at escalation (not stale, not before a return to confer). */
    stands?: boolean;
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
