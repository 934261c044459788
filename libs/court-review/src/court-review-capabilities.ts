import {
  anyMember,
  anyOf,
  courtStaff,
  defineCapability,
  defineSubject,
  SIGNING_ROLES,
  signFor,
  when,
} from '@parley/access';
import { CourtSubject } from '@parley/accounts';
import { CaseForCourtSubject } from '@parley/cases';
import { DisputeSubject } from '@parley/conferral';

/**
 * An escalation: its case's parties see it from the start; its court's staff once it is before the
 * court (both positions in, or the time for the second run out), and nothing else of the case.
 */
export const EscalationSubject = defineSubject<'escalating' | 'other'>({
  kind: 'escalation',
  noun: 'The escalation',
  reach: { parties: true, court: true },
  from: 'escalations e',
  id: 'e.id',
  caseId: 'e.case_id',
  courtId: 'e.court_id',
  parties: { escalating: 'e.escalating_party_id', other: 'e.other_party_id' },
  beforeCourt: `(e.status <> 'AWAITING_POSITION' OR e.position_window_ends_at <= $now)`,
});

export const EscalationCapabilities = {
  /** The gate decides whether it may go; the policy only who may ask (FRCP 37(a)(1)). */
  ESCALATE: defineCapability('dispute.escalate', DisputeSubject, signFor(['requesting', 'responding'])),
  READ: defineCapability(
    'escalation.read',
    EscalationSubject,
    anyOf(anyMember(), courtStaff('Only the parties and the court see an escalation.')),
  ),
  /** Each side writes its own part of the joint letter. */
  POSITION: defineCapability('escalation.position', EscalationSubject, signFor(['escalating', 'other'])),
  RULE: defineCapability(
    'escalation.rule',
    EscalationSubject,
    courtStaff('Only the court rules on an escalated dispute.'),
  ),
};

/**
 * A paper mailed to the court: its court's staff from the moment they record it; the parties of its
 * case too (the other side answers a motion), never anyone else.
 */
export const PaperFilingSubject = defineSubject<'filer'>({
  kind: 'paper-filing',
  noun: 'The paper filing',
  reach: { parties: true, courtStaff: true },
  from: 'paper_filings pf',
  id: 'pf.id',
  caseId: 'pf.case_id',
  courtId: 'pf.court_id',
  parties: { filer: 'pf.from_party_id' },
  // The parties on the other side of the case from the filer: those a motion of its is against.
  facts: {
    opposing: `(SELECT json_agg(p.id) FROM parties p JOIN parties f ON f.id = pf.from_party_id
                 WHERE p.case_id = pf.case_id AND p.side <> f.side)`,
  },
});

/**
 * Counsel or a pro se litigant of a party on the other side from the filer answers its motion; the
 * filer and its side are told why not.
 */
const signForTheOtherSide = when(
  'counsel or pro se of a party on the other side from the filer',
  (facts) => {
    const opposing = (facts.subject.facts.opposing as string[] | null) ?? [];
    if (facts.memberships.some((m) => opposing.includes(m.partyId) && SIGNING_ROLES.includes(m.role)))
      return null;
    const filerId = facts.subject.parties.filer;
    if (facts.memberships.some((m) => m.partyId === filerId))
      return 'Your party filed this paper; the other side answers it.';
    const sameSide = facts.memberships.find((m) => !opposing.includes(m.partyId));
    const name = (id: string | null | undefined) => facts.parties.find((p) => p.id === id)?.name;
    if (sameSide)
      return `${name(sameSide.partyId)} is on ${name(filerId)}’s side of the case; the other side answers the motion.`;
    return 'Only counsel or a pro se party can do this; a paralegal can ask counsel to.';
  },
  (facts) => {
    const opposing = (facts.subject.facts.opposing as string[] | null) ?? [];
    const signing = facts.memberships.find(
      (m) => opposing.includes(m.partyId) && SIGNING_ROLES.includes(m.role),
    );
    const party = facts.parties.find((p) => p.id === signing?.partyId);
    return party ? { id: party.id, name: party.name } : null;
  },
);

/** The court's intake of papers mailed to it (DOMAIN.md, "Paper that reaches the court"). */
export const IntakeCapabilities = {
  /** What the public docket shows of a case, to its court's own staff. */
  DOCKET_LOOKUP: defineCapability(
    'court.docket-lookup',
    CourtSubject,
    courtStaff('Only a court’s own staff look up its docket here.'),
  ),
  RECORD_FILING: defineCapability(
    'case.record-paper-filing',
    CaseForCourtSubject,
    courtStaff(
      'Only the court’s staff record a paper filed with it; parties serve their papers on each other.',
    ),
  ),
  /** The other side answers a motion mailed to the court: its counsel or pro se litigant signs. */
  ANSWER_FILING: defineCapability('paper-filing.answer', PaperFilingSubject, signForTheOtherSide),
  ENTER_ORDER: defineCapability(
    'paper-filing.order',
    PaperFilingSubject,
    courtStaff('Only the court enters an order on a paper filed with it.'),
  ),
  READ_FILING: defineCapability(
    'paper-filing.read',
    PaperFilingSubject,
    anyOf(anyMember(), courtStaff('Only the parties and the court see a paper filed with it.')),
  ),
};
